/**
 * Reads a Chromium performance trace of one page load for what Isnad costs
 * the page: the tasks of the page's main thread from Isnad's first task
 * (its content script) until shortly after its last highlight, and the work
 * of the extension's service worker meanwhile. The test page has no script
 * of its own, so every task in that window is Isnad's or caused by it
 * (receiving its answer, the layout its highlights force), except the task
 * holding the page's own first layout, which a content script starting
 * right after DOMContentLoaded can precede: that one is left out.
 */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

export interface TaskFigures {
  /** DOMContentLoaded → the content script's first task (its injection at document_idle). */
  isnadStartMs: number;
  /**
   * DOMContentLoaded → the content script's second task: the injection only
   * asks to be called back once the page is idle, so this is when the page
   * was idle and Isnad began its work.
   */
  isnadIdleMs: number;
  /** Longest main-thread task in the window (Isnad's code, its answer arriving, the layout it forces). */
  longestMs: number;
  /** Longest main-thread task running the extension's own code. */
  longestIsnadScriptMs: number;
  /** Main-thread tasks of 50 ms or more in the window. */
  over50: number;
  /** Sum of main-thread tasks in the window. */
  mainBusyMs: number;
  /** Longest task of the page's own (parsing before Isnad started, its first layout), for comparison. */
  pageOwnLongestMs: number;
  /** Service worker: sum of its tasks and its longest task in the window. */
  backgroundBusyMs: number;
  backgroundLongestMs: number;
}

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/**
 * With only the categories above, the microtasks a task runs after its
 * callback (a scheduler.yield() continuation, an awaited answer) are traced
 * beside its RunTask, starting a few microseconds after it ends, not inside
 * it: they are that task's. Left out, every slice Isnad ran after a yield
 * went uncounted (about 140 ms of a 5,000-word page's load).
 */
const MICROTASK_CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
const SAME_TASK_GAP_US = 50;
const AFTER_LAST_MARK_MS = 500;

function urlOf(e: TraceEvent): string {
  const data = (e.args?.data ?? e.args?.beginData) as { url?: string; stackTrace?: { url?: string }[] } | undefined;
  return data?.url ?? data?.stackTrace?.[0]?.url ?? '';
}

/**
 * Outermost tasks of one thread, in time order (a task's own RunTask
 * wrappers nest inside it), each with the microtasks that ran right after
 * it; `microtasks` marks the tasks that ran any that way.
 */
export function tasksOf(events: TraceEvent[], pid: number, tid: number, microtasks?: Set<TraceEvent>): TraceEvent[] {
  const all = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && (TASK_NAMES.has(e.name) || e.name === MICROTASK_CHECKPOINT) && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const out: TraceEvent[] = [];
  for (const t of all) {
    const prev = out[out.length - 1];
    if (prev && t.ts < prev.ts + prev.dur!) continue;
    if (t.name === MICROTASK_CHECKPOINT) {
      if (prev && t.ts - (prev.ts + prev.dur!) <= SAME_TASK_GAP_US) {
        out[out.length - 1] = { ...prev, dur: t.ts + t.dur! - prev.ts };
        microtasks?.add(out[out.length - 1]);
        continue;
      }
      microtasks?.add(t);
    }
    out.push(t);
  }
  return out;
}

const ms = (us: number) => us / 1000;
const longest = (tasks: TraceEvent[]) => ms(Math.max(0, ...tasks.map((t) => t.dur!)));

/** `lastMarkMs`: the last highlight's time after DOMContentLoaded, from the page's own clock. */
export function taskFigures(events: TraceEvent[], pageUrl: string, lastMarkMs: number): TaskFigures | null {
  const parse = events.find((e) => e.name === 'ParseHTML' && urlOf(e).startsWith(pageUrl));
  if (!parse) return null;
  const { pid, tid } = parse;
  const dcl = events.find((e) => e.name === 'MarkDOMContent' && e.pid === pid);
  if (!dcl) return null;
  const withMicrotasks = new Set<TraceEvent>();
  const tasks = tasksOf(events, pid, tid, withMicrotasks);
  const ext = events.filter((e) => e.pid === pid && e.tid === tid && urlOf(e).startsWith('chrome-extension://'));
  const hasExt = (t: TraceEvent) => ext.some((e) => e.ts >= t.ts && e.ts <= t.ts + t.dur!);
  const first = tasks.find(hasExt);
  if (!first) return null;
  const started = tasks.find((t) => t.ts > first.ts && hasExt(t)) ?? first;
  const end = dcl.ts + (Number.isFinite(lastMarkMs) ? lastMarkMs + AFTER_LAST_MARK_MS : 0) * 1000;
  const firstLayout = events.find((e) => e.name === 'Layout' && e.pid === pid && e.tid === tid && e.ts >= parse.ts);
  const holdsFirstLayout = (t: TraceEvent) => !!firstLayout && firstLayout.ts >= t.ts && firstLayout.ts <= t.ts + t.dur!;
  const inWindow = tasks.filter((t) => t.ts >= first.ts && t.ts <= end && !holdsFirstLayout(t));
  const before = tasks.filter((t) => t.ts < first.ts || holdsFirstLayout(t));

  const swThreads = events.filter((e) => e.name === 'thread_name' && String((e.args as { name?: string })?.name).startsWith('ServiceWorker'));
  const swTasks = swThreads.flatMap((th) => tasksOf(events, th.pid, th.tid)).filter((t) => t.ts >= first.ts && t.ts <= end);

  return {
    isnadStartMs: ms(first.ts - dcl.ts),
    isnadIdleMs: ms(started.ts - dcl.ts),
    longestMs: longest(inWindow),
    // The page runs no script of its own: microtasks in the window are Isnad's (its code after an await).
    longestIsnadScriptMs: longest(inWindow.filter((t) => hasExt(t) || withMicrotasks.has(t))),
    over50: inWindow.filter((t) => t.dur! >= 50_000).length,
    mainBusyMs: ms(inWindow.reduce((s, t) => s + t.dur!, 0)),
    pageOwnLongestMs: longest(before),
    backgroundBusyMs: ms(swTasks.reduce((s, t) => s + t.dur!, 0)),
    backgroundLongestMs: longest(swTasks),
  };
}
