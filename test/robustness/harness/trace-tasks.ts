/**
 * How long Isnad holds a page's main thread, read from a Chromium trace.
 *
 * The Long Tasks API says a task was long but not whose it was, and Chromium
 * leaves extension scripts out of Long Animation Frame attribution. The
 * trace has both: every top-level task of the page's renderer ("RunTask" on
 * CrRendererMain) and, inside it, each call into JavaScript with the URL of
 * the script called ("FunctionCall", "EvaluateScript", …). A task's Isnad
 * time is:
 *   - the whole task when it ran only Isnad's scripts (its microtasks,
 *     style and layout included: Isnad caused them);
 *   - else the time inside Isnad's own calls (the page ran in the same task).
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what the task cost, without the time the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; stackTrace?: { url?: string }[] } };
}

export interface TaskTimes {
  /** Longest time one task of the page spent on Isnad's behalf, ms of thread time. */
  longestIsnadMs: number;
  /** The same in wall-clock time (inflated when the machine is busy). */
  longestIsnadWallMs: number;
  /** Longest task of the page (whoever ran it), ms. */
  longestTaskMs: number;
  /** The same in thread time: for an extension page, where every task is Isnad's. */
  longestTaskThreadMs: number;
  /** Tasks of more than 50 ms that were Isnad's, [start ms from trace start, Isnad ms, task ms]. */
  isnadLong: [number, number, number][];
  /** Tasks in which Isnad ran at all. */
  isnadTasks: number;
}

const MICROTASKS = new Set(['BlinkScheduler_PerformMicrotaskCheckpoint', 'RunMicrotasks']);
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.compileModule', 'v8.evaluateModule', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback']);

function urlOf(e: TraceEvent): string {
  return e.args?.data?.url ?? e.args?.data?.stackTrace?.[0]?.url ?? '';
}

const ALL_CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'v8.execute', 'toplevel'];

/** Records a trace around `run` (fewer `categories` cost the page less: tasks and script calls are in the first two). */
export async function traced<T>(cdp: CDPSession, run: () => Promise<T>, categories = ALL_CATEGORIES): Promise<{ value: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: TraceEvent[] }) => events.push(...e.value);
  cdp.on('Tracing.dataCollected' as never, onData as never);
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete' as never, resolve as never));
  await cdp.send('Tracing.start' as never, {
    traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  } as never);
  let value: T;
  try {
    value = await run();
  } finally {
    await cdp.send('Tracing.end' as never);
    await done;
    cdp.off('Tracing.dataCollected' as never, onData as never);
  }
  return { value, events };
}

/** Task times of the page at `pageOrigin`, Isnad's scripts being those under `extensionOrigin`. */
export function taskTimes(events: TraceEvent[], pageOrigin: string, extensionOrigin: string): TaskTimes {
  // The page's renderer thread is the main thread (not a worker: the service
  // worker runs Isnad's scripts too) that ran the page's own scripts.
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const pageScript = events.find((e) => SCRIPT_EVENTS.has(e.name) && urlOf(e).startsWith(pageOrigin) && mainThreads.has(`${e.pid}:${e.tid}`));
  const result: TaskTimes = { longestIsnadMs: 0, longestIsnadWallMs: 0, longestTaskMs: 0, longestTaskThreadMs: 0, isnadLong: [], isnadTasks: 0 };
  if (!pageScript) return result;
  const onThread = events.filter((e) => e.pid === pageScript.pid && e.tid === pageScript.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const t0 = events.reduce((min, e) => (e.ts > 0 && e.ts < min ? e.ts : min), Number.POSITIVE_INFINITY);
  const tasks = onThread.filter((e) => e.name === 'RunTask');
  const scripts = onThread.filter((e) => (SCRIPT_EVENTS.has(e.name) && urlOf(e)) || MICROTASKS.has(e.name));
  let s = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    result.longestTaskMs = Math.max(result.longestTaskMs, task.dur! / 1000);
    result.longestTaskThreadMs = Math.max(result.longestTaskThreadMs, (task.tdur ?? task.dur!) / 1000);
    while (s < scripts.length && scripts[s].ts < task.ts) s++;
    let isnad = 0;
    let isnadWall = 0;
    let microtasks = 0;
    let microtasksWall = 0;
    let page = false;
    let coveredUntil = 0;
    for (let i = s; i < scripts.length && scripts[i].ts < end; i++) {
      const e = scripts[i];
      // Count only outermost events: nested ones are inside their parent's time.
      if (e.ts < coveredUntil) continue;
      coveredUntil = e.ts + e.dur!;
      if (MICROTASKS.has(e.name)) {
        microtasks += e.tdur ?? e.dur!;
        microtasksWall += e.dur!;
      } else if (urlOf(e).startsWith(extensionOrigin)) {
        isnad += e.tdur ?? e.dur!;
        isnadWall += e.dur!;
      } else {
        page = true;
      }
    }
    if (!isnadWall) continue;
    result.isnadTasks++;
    const ms = (isnad + (page ? 0 : microtasks)) / 1000;
    result.longestIsnadWallMs = Math.max(result.longestIsnadWallMs, (isnadWall + (page ? 0 : microtasksWall)) / 1000);
    result.longestIsnadMs = Math.max(result.longestIsnadMs, ms);
    if (ms > 50) result.isnadLong.push([Math.round((task.ts - t0) / 1000), Math.round(ms), Math.round(task.dur! / 1000)]);
  }
  return result;
}
