/**
 * Driving the options page's import and reading the corpus back through
 * Isnad's own messages, for the browser tiers of the data-safety tests.
 */
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileData } from '../malformed-files.ts';
import type { Tab } from './browsers.ts';

/** Writes a test file to disk (streamed when it is generated lazily). */
export async function writeData(name: string, data: FileData): Promise<string> {
  const path = join(tmpdir(), `isnad-robustness-${name.replace(/[^\w-]+/g, '-').slice(0, 60)}.jsonl`);
  const out = createWriteStream(path);
  const chunks = typeof data === 'function' ? data() : [typeof data === 'string' ? new TextEncoder().encode(data) : data];
  for await (const chunk of chunks) if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((resolve, reject) => {
    out.on('error', reject);
    out.end(() => resolve());
  });
  return path;
}

export interface ImportOutcome {
  /** The report's counts, when the import got that far. */
  report: Record<string, string> | null;
  /** What the page said: the report's text, or its error message. */
  message: string;
  error: boolean;
}

/** Picks `path` in the options page's file input and waits for the report or an error. */
export async function importThrough(options: Tab, path: string, timeoutMs = 120_000): Promise<ImportOutcome> {
  await options.evaluate(() => document.querySelector('#import-report')?.remove());
  await options.setFile('#import-file', path);
  await options.waitFor(() => !!document.querySelector('#import-report, .panel .message--error[role="alert"]'), undefined, timeoutMs);
  return options.evaluate(() => {
    const report = document.querySelector<HTMLElement>('#import-report');
    const alert = document.querySelector<HTMLElement>('.panel .message--error[role="alert"]');
    const refused = report?.querySelector('.message--error');
    return {
      report: report ? { ...report.dataset } as Record<string, string> : null,
      message: (refused ?? alert ?? report)?.textContent ?? '',
      error: !!(refused ?? alert),
    };
  });
}

/** The corpus as export lines, read through Isnad's own export messages (as the export button does). */
export async function exportLines(page: Tab): Promise<string[]> {
  return page.evaluate(async () => {
    type Runtime = { sendMessage(m: unknown): Promise<{ ok: boolean; value: { session: string; lines: string[]; done: boolean } }> };
    const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
    const runtime = (g.browser ?? g.chrome).runtime;
    const begin = await runtime.sendMessage({ isnad: 'ui-to-background:export-begin', payload: {} });
    const lines: string[] = [];
    for (;;) {
      const next = await runtime.sendMessage({ isnad: 'ui-to-background:export-next', payload: { session: begin.value.session, maxBytes: 4 << 20 } });
      lines.push(...next.value.lines);
      if (next.value.done) return lines;
    }
  });
}

export async function askFromPage<T>(page: Tab, name: string, payload: unknown): Promise<T> {
  return page.evaluate(async (arg) => {
    type Runtime = { sendMessage(m: unknown): Promise<{ ok: boolean; value: unknown; error?: { message: string } }> };
    const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
    const a = await (g.browser ?? g.chrome).runtime.sendMessage({ isnad: arg.name, payload: arg.payload });
    if (!a.ok) throw new Error(a.error?.message ?? 'refused');
    return a.value;
  }, { name, payload }) as Promise<T>;
}

/**
 * Wraps the page's runtime.sendMessage to record the size of every message
 * it sends and every answer it gets (as JSON in UTF-8, how browsers carry
 * them), and starts a lag probe: a 50 ms timer whose worst delay says how
 * long the page was frozen.
 */
export function instrumentPage(): void {
  const w = window as unknown as { __sizes: number[]; __lag: number; __progress: number[]; __stalls: [number, number, number][] };
  w.__sizes = [];
  w.__lag = 0;
  w.__progress = [];
  w.__stalls = [];
  const t0 = performance.now();
  const size = (v: unknown) => new TextEncoder().encode(JSON.stringify(v) ?? '').length;
  const g = globalThis as unknown as { browser?: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } }; chrome?: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } };
  for (const api of [g.browser, g.chrome]) {
    const runtime = api?.runtime;
    if (!runtime) continue;
    const real = runtime.sendMessage.bind(runtime);
    const wrapped = async (m: unknown) => {
      w.__sizes.push(size(m));
      const answer = await real(m);
      w.__sizes.push(size(answer));
      return answer;
    };
    try {
      Object.defineProperty(runtime, 'sendMessage', { value: wrapped, configurable: true, writable: true });
    } catch {
      // Not replaceable in this browser: sizes are then not measured here.
    }
  }
  let last = performance.now();
  setInterval(() => {
    const now = performance.now();
    const lag = now - last - 50;
    w.__lag = Math.max(w.__lag, lag);
    last = now;
    const bar = document.querySelector<HTMLProgressElement>('#import-progress');
    if (bar) w.__progress.push(bar.value);
    // The worst stalls, with when they happened and how far the import was.
    if (lag > 100) w.__stalls.push([Math.round(now - t0), Math.round(lag), bar?.value ?? -1]);
  }, 50);
}

export function readInstruments(): { largest: number; messages: number; lag: number; progress: number[]; stalls: [number, number, number][] } {
  const w = window as unknown as { __sizes: number[]; __lag: number; __progress: number[]; __stalls: [number, number, number][] };
  // Samples from the start of this import on (the bar may still show the last one's end).
  const start = w.__progress.lastIndexOf(0);
  return { largest: Math.max(0, ...w.__sizes), messages: w.__sizes.length, lag: w.__lag, progress: w.__progress.slice(Math.max(0, start)), stalls: w.__stalls };
}
