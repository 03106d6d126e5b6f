/**
 * The page side with the built extension loaded: load a 5,000-word Arabic
 * article from localhost and measure, in the page itself, when Isnad's
 * highlights (<isnad-mark> elements) appear: the first, the last of those
 * in the first screen (what the reader sees before scrolling) and the last
 * of all, counted from DOMContentLoaded and from the moment the page was
 * idle and Isnad began (from the trace); the long tasks it causes come from
 * a performance trace of the page's main thread and from the Long Tasks API.
 */
import { writeFileSync } from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import { summarize, type Summary } from '../stats.ts';
import { taskFigures, type TaskFigures, type TraceEvent } from './trace-tasks.ts';

/** Runs in the page's main world before any of its own content. */
const PROBE = `(() => {
  const s = window.__isnadProbe = { marks: 0, firstMark: -1, lastMark: -1, longtasks: [], inserted: [] };
  new MutationObserver((records) => {
    let n = 0;
    const t = performance.now();
    for (const r of records) for (const node of r.addedNodes) if (node.nodeName === 'ISNAD-MARK') {
      n++;
      s.inserted.push([node, t]);
    }
    if (!n) return;
    if (s.firstMark < 0) s.firstMark = t;
    s.lastMark = t;
    s.marks += n;
  }).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) s.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

interface ProbeState {
  marks: number;
  firstMark: number;
  lastMark: number;
  longtasks: { start: number; duration: number }[];
}

export interface PageRun {
  /** DOMContentLoaded end → first and last highlight inserted (ms). */
  firstHighlightMs: number;
  allHighlightsMs: number;
  /** DOMContentLoaded end → the last highlight inside the first screen (the viewport before any scrolling). */
  firstScreenMs: number;
  /** Highlights in the first screen. */
  firstScreenHighlights: number;
  /** The same three times counted from the page's idle moment, when Isnad began (trace). */
  fromIdle: { first: number; firstScreen: number; all: number };
  highlights: number;
  /** Long Tasks API entries (≥ 50 ms) after DOMContentLoaded. */
  longTasksAfterDcl: number[];
  trace: TaskFigures | null;
}

export interface PageFigures {
  runs: PageRun[];
  /** Over the warm runs (all but the first, which may wake the service worker). */
  allHighlights: Summary;
  firstHighlight: Summary;
  firstScreen: Summary;
  /** Over the warm runs, counted from the page's idle moment. */
  fromIdle: { first: Summary; firstScreen: Summary; all: Summary };
  /** Over all runs: the longest main-thread task Isnad caused, and the longest running its own code. */
  longestTaskMs: number;
  longestIsnadScriptMs: number;
  /** Median over warm runs of the service worker's busy time per page. */
  backgroundBusyMs: number;
}

// Enough for tasks, scripts, idle callbacks and layouts; the disabled-by-default categories slowed the page they measure.
const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel', '__metadata'];

async function oneRun(context: BrowserContext, url: string, settleMs: number, timeoutMs: number, traceFile?: string): Promise<PageRun> {
  const page = await context.newPage();
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReportEvents' });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const t0 = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    await page.waitForTimeout(200);
    const count = await page.evaluate(() => document.querySelectorAll('isnad-mark').length);
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (count > 0 && Date.now() - stableSince >= settleMs) break;
    if (Date.now() - t0 > timeoutMs) break;
  }
  const probe = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const state = (window as unknown as { __isnadProbe: ProbeState & { inserted?: [Element, number][] } }).__isnadProbe;
    // The page has not been scrolled: the first screen is what lies above the viewport's bottom.
    const inView = (state.inserted ?? []).filter(([el]) => el.isConnected && el.getBoundingClientRect().top < innerHeight);
    const { inserted: _inserted, ...plain } = state;
    return {
      dcl: nav.domContentLoadedEventEnd, state: plain, marks: document.querySelectorAll('isnad-mark').length,
      firstScreen: inView.length ? Math.max(...inView.map(([, t]) => t)) : -1, firstScreenCount: inView.length,
    };
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await page.close();
  if (traceFile) writeFileSync(traceFile, JSON.stringify({ traceEvents: events }));
  const s = probe.state;
  const allHighlightsMs = s.lastMark >= 0 ? s.lastMark - probe.dcl : NaN;
  const firstHighlightMs = s.firstMark >= 0 ? s.firstMark - probe.dcl : NaN;
  const firstScreenMs = probe.firstScreen >= 0 ? probe.firstScreen - probe.dcl : NaN;
  const trace = taskFigures(events, url, allHighlightsMs);
  const idle = trace?.isnadIdleMs ?? NaN;
  return {
    firstHighlightMs,
    allHighlightsMs,
    firstScreenMs,
    firstScreenHighlights: probe.firstScreenCount,
    fromIdle: { first: firstHighlightMs - idle, firstScreen: firstScreenMs - idle, all: allHighlightsMs - idle },
    highlights: probe.marks,
    longTasksAfterDcl: s.longtasks.filter((t) => t.start >= probe.dcl).map((t) => Math.round(t.duration)),
    trace,
  };
}

export async function measurePageSide(context: BrowserContext, url: string, runs = 5, log: (l: string) => void = () => {}, traceDir?: string): Promise<PageFigures> {
  const out: PageRun[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await oneRun(context, url, 2000, 60000, traceDir ? `${traceDir}/page-run-${i + 1}.json` : undefined);
    log(`page run ${i + 1}/${runs}: ${run.highlights} highlights; from idle: first ${Math.round(run.fromIdle.first)} ms, first screen ${Math.round(run.fromIdle.firstScreen)} ms, all ${Math.round(run.fromIdle.all)} ms (all ${Math.round(run.allHighlightsMs)} ms after DOMContentLoaded); longest task ${run.trace ? Math.round(run.trace.longestMs) : '?'} ms, background busy ${run.trace ? Math.round(run.trace.backgroundBusyMs) : '?'} ms`);
    out.push(run);
  }
  const warm = out.slice(1);
  return {
    runs: out,
    allHighlights: summarize(warm.map((r) => r.allHighlightsMs)),
    firstHighlight: summarize(warm.map((r) => r.firstHighlightMs)),
    firstScreen: summarize(warm.map((r) => r.firstScreenMs)),
    fromIdle: {
      first: summarize(warm.map((r) => r.fromIdle.first)),
      firstScreen: summarize(warm.map((r) => r.fromIdle.firstScreen)),
      all: summarize(warm.map((r) => r.fromIdle.all)),
    },
    longestTaskMs: Math.max(...out.map((r) => r.trace?.longestMs ?? NaN)),
    longestIsnadScriptMs: Math.max(...out.map((r) => r.trace?.longestIsnadScriptMs ?? NaN)),
    backgroundBusyMs: summarize(warm.map((r) => r.trace?.backgroundBusyMs ?? NaN)).median,
  };
}
