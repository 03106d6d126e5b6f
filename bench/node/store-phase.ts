/**
 * The store benchmarks, driven from Node in the harness tab:
 *
 * A. Isnad alone, growing one corpus 1k → 10k → 100k: ingest rate, size on
 *    disk (measured before any other database exists in the origin) and
 *    cross-reference timings at each size.
 * B. The alternatives at each size, over the same first N articles (the
 *    synthetic corpus of N is a prefix of the larger ones): their records
 *    copied from Isnad's store, then the naive multiEntry table, FlexSearch
 *    and MiniSearch, each timed on the same page queries.
 */
import { execFileSync } from 'node:child_process';
import { basename, join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import type { Summary } from '../stats.ts';
import type { BenchApi } from '../browser/harness.ts';
import type { QueryFigures } from '../browser/query-loop.ts';
import { pageHeap } from './browser.ts';
import { CHROMIUM } from './browser.ts';
import { profileDuring, type ProfileSummary } from './cpu-profile.ts';
import { untilQuiet } from './quiet.ts';

export interface StoreOptions {
  sizes: number[];
  samples: number;
  budgetMs: number;
  /** Largest corpus the naive design is loaded at (loading it is slow by design). */
  naiveMax: number;
  profileDir: string;
  /** Where raw .cpuprofile files go (kept with --keep). */
  cpuProfileDir: string;
  log: (line: string) => void;
}

export interface IngestFigures {
  added: number;
  ingestMs: number;
  generateMs: number;
  articlesPerSecond: number;
  chunkRates: Summary;
}

export interface SizeFigures {
  articles: number;
  statements: number;
  keys: number;
  ingest: IngestFigures;
  storage: { estimateMB: number; indexedDbOnDiskMB: number; bytesPerArticle: number };
  /** Timed in a worker of its own, as the extension's background runs it (isnad-worker.ts). */
  isnad: QueryFigures;
  /** The same queries timed in the harness page, whose heap also holds the benchmark (for comparison with runs before 2026-12-07). */
  isnadInPage?: QueryFigures;
  /** How long the browser took to settle (IndexedDB compaction) after the ingest, before the queries were timed. */
  settleMs?: number;
  alternatives: Record<string, AlternativeFigures | { skipped: string }>;
  /**
   * CPU profiles of the harness: the ingest at the first size (timed with the
   * profiler on, which costs a few per cent) and an extra, untimed pass of
   * the 40 cross-references at the largest size.
   */
  profiles?: { ingest?: ProfileSummary; query?: ProfileSummary };
}

export type AlternativeFigures = QueryFigures & {
  buildMs: number;
  heapMB?: number;
  /**
   * At the largest size Isnad's corpus is the same size, so Isnad is timed
   * again right after this design: on a shared machine the load changes over
   * a long run, and the ratio should compare runs made under the same load.
   */
  isnadAlongside?: QueryFigures;
};

type Call = <K extends keyof BenchApi>(name: K, ...args: Parameters<BenchApi[K]>) => Promise<Awaited<ReturnType<BenchApi[K]>>>;

export function caller(page: Page): Call {
  return (name, ...args) => page.evaluate(
    ([n, a]) => (globalThis as unknown as { isnadBench: Record<string, (...x: unknown[]) => unknown> }).isnadBench[n as string](...(a as unknown[])),
    [name, args] as const,
  ) as never;
}

function duMB(dir: string): number {
  try {
    return Number(execFileSync('du', ['-sk', dir], { encoding: 'utf8' }).split('\t')[0]) / 1024;
  } catch {
    return NaN;
  }
}

export async function runIsnadSizes(call: Call, cdp: CDPSession, opts: StoreOptions): Promise<Omit<SizeFigures, 'alternatives'>[]> {
  const out: Omit<SizeFigures, 'alternatives'>[] = [];
  for (const [i, size] of opts.sizes.entries()) {
    opts.log(`Isnad: ingest up to ${size.toLocaleString('en')} articles`);
    const profiles: SizeFigures['profiles'] = {};
    let ingest: IngestFigures;
    if (i === 0) {
      const got = await profileDuring(cdp, () => call('ingest', size), join(opts.cpuProfileDir, `ingest-${size}.cpuprofile`));
      ingest = got.result;
      profiles.ingest = got.profile;
    } else {
      ingest = await call('ingest', size);
    }
    const [stats, storage] = await Promise.all([call('stats'), call('storage')]);
    const disk = duMB(join(opts.profileDir, 'Default', 'IndexedDB'));
    opts.log(`Isnad: ${stats.articles.toLocaleString('en')} articles, ${Math.round(ingest.articlesPerSecond)} articles/s, ${Math.round(storage.usage / 2 ** 20)} MB; waiting for the browser to settle`);
    const settleMs = await untilQuiet(basename(CHROMIUM));
    opts.log(`Isnad: settled after ${Math.round(settleMs / 1000)} s; cross-referencing`);
    const isnad = await call('isnadQueries', { samples: opts.samples, budgetMs: opts.budgetMs });
    const isnadInPage = await call('isnadQueriesInPage', { samples: opts.samples, budgetMs: opts.budgetMs });
    opts.log(`Isnad at ${size.toLocaleString('en')}: median ${isnad.total.median.toFixed(1)} ms, p95 ${isnad.total.p95.toFixed(1)} ms (in the harness page: ${isnadInPage.total.median.toFixed(1)} / ${isnadInPage.total.p95.toFixed(1)} ms)`);
    if (i === opts.sizes.length - 1) {
      opts.log(`Isnad at ${size.toLocaleString('en')}: profiling an extra, untimed pass of the cross-references`);
      const got = await profileDuring(cdp, () => call('isnadCrossReferences', 1), join(opts.cpuProfileDir, `query-${size}.cpuprofile`));
      profiles.query = got.profile;
    }
    out.push({
      profiles,
      articles: stats.articles,
      statements: stats.statements,
      keys: stats.keys,
      ingest,
      storage: { estimateMB: storage.usage / 2 ** 20, indexedDbOnDiskMB: disk, bytesPerArticle: storage.usage / stats.articles },
      isnad,
      isnadInPage,
      settleMs,
    });
  }
  return out;
}

export async function runAlternatives(call: Call, cdp: CDPSession, size: number, opts: StoreOptions): Promise<SizeFigures['alternatives']> {
  const largest = size === opts.sizes[opts.sizes.length - 1];
  const alongside = async () => (largest ? { isnadAlongside: await call('isnadQueries', { samples: opts.samples, budgetMs: opts.budgetMs }) } : {});
  const out: SizeFigures['alternatives'] = {};
  opts.log(`alternatives at ${size.toLocaleString('en')}: copying records`);
  await call('copyRecords', size);
  const loop = { samples: opts.samples, budgetMs: opts.budgetMs };
  if (size <= opts.naiveMax) {
    opts.log(`naive multiEntry at ${size.toLocaleString('en')}: loading`);
    const load = await call('naiveLoad');
    const q = await call('naiveQueries', loop);
    out.naive = { ...q, buildMs: load.ms, ...(await alongside()) };
    opts.log(`naive at ${size.toLocaleString('en')}: median ${q.total.median.toFixed(1)} ms`);
  } else {
    out.naive = { skipped: `not loaded above ${opts.naiveMax.toLocaleString('en')} articles (its load and queries grow with the corpus; see the smaller sizes)` };
  }
  for (const name of ['flexsearch', 'minisearch'] as const) {
    const before = await pageHeap(cdp);
    opts.log(`${name} at ${size.toLocaleString('en')}: building`);
    const build = await call('memoryBuild', name);
    const after = await pageHeap(cdp);
    const q = await call('memoryQueries', loop);
    await call('dropMemory');
    out[name] = { ...q, buildMs: build.ms, heapMB: after.usedMB - before.usedMB, ...(await alongside()) };
    opts.log(`${name} at ${size.toLocaleString('en')}: median ${q.total.median.toFixed(1)} ms, index heap ${Math.round(after.usedMB - before.usedMB)} MB`);
  }
  return out;
}
