/**
 * The benchmark harness page, run in Chromium by bench/run.ts. It lives in
 * the extension's origin (an extra page in a copy of the built extension),
 * so the corpus it fills is the very database the extension's background
 * opens. Node drives it through `globalThis.isnadBench`.
 */
import { analyzeBlocks } from '../../src/engine/index.ts';
import { crossReference, pageKeys } from '../../src/store/cross-reference.ts';
import { Corpus, type ArticleInput } from '../../src/store/corpus.ts';
import { summarize } from '../stats.ts';
import { SyntheticCorpus } from '../synthetic/corpus.ts';
import { flexsearchDesign, memoryCandidates, minisearchDesign, type MemoryDesign } from './memory-designs.ts';
import { NaiveDesign } from './naive-design.ts';
import { makePageQueries, type PageQuery } from './page-queries.ts';
import { runQueries, type LoopOptions, type QueryFigures } from './query-loop.ts';
import { Records } from './records.ts';
import { limitFor } from './limit.ts';
import type { WorkerReply, WorkerRequest } from './isnad-worker.ts';

const synthetic = new SyntheticCorpus();
let corpus: Corpus | null = null;
/** Isnad article id of synthetic article i. */
const ids: number[] = [];
let pages: PageQuery[] = [];
const records = new Records();
let copied = 0;
const naive = new NaiveDesign();
let naiveLoaded = 0;
let memory: MemoryDesign | null = null;

let worker: Worker | null = null;
let nextRequest = 1;
const waiting = new Map<number, { resolve: (f: QueryFigures) => void; reject: (e: Error) => void }>();

/** The worker Isnad is timed in (isnad-worker.ts), started on first use. */
function isnadWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('isnad-worker.js', location.href), { type: 'module' });
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    const w = waiting.get(e.data.id);
    waiting.delete(e.data.id);
    if ('error' in e.data) w?.reject(new Error(`isnad worker: ${e.data.error}`));
    else w?.resolve(e.data.figures);
  };
  worker.onerror = (e) => {
    for (const w of waiting.values()) w.reject(new Error(`isnad worker: ${e.message}`));
    waiting.clear();
  };
  return worker;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function open(): Corpus {
  if (!corpus) throw new Error('call init() first');
  return corpus;
}

const api = {
  /** Opens the corpus; when the extension's background is seeding it, waits for the seeds first. */
  async init(waitForSeedsMs = 15000) {
    corpus = await Corpus.open();
    const t0 = performance.now();
    while ((await corpus.stats()).byOrigin.seed === 0 && performance.now() - t0 < waitForSeedsMs) await sleep(100);
    return corpus.stats();
  },

  /**
   * Adds synthetic articles until the corpus holds `to` of them, 1,000 per
   * addArticles call. Generating the text is the benchmark's own work and is
   * timed apart; the ingest time is addArticles alone (analysis and writes).
   */
  async ingest(to: number) {
    const c = open();
    let ingestMs = 0;
    let generateMs = 0;
    const from = ids.length;
    const chunks: number[] = [];
    while (ids.length < to) {
      const n = Math.min(1000, to - ids.length);
      const g = performance.now();
      const inputs: ArticleInput[] = [];
      for (let i = ids.length; i < ids.length + n; i++) {
        const a = synthetic.article(i);
        inputs.push({ url: a.url, title: a.title, outlet: a.outlet, text: a.text, origin: 'import' });
      }
      const t = performance.now();
      generateMs += t - g;
      const results = await c.addArticles(inputs);
      const ms = performance.now() - t;
      ingestMs += ms;
      chunks.push((n / ms) * 1000);
      for (const r of results) ids.push(r.id);
      if (ids.length % 5000 === 0 || ids.length === to) console.log(`isnad-bench progress ingest ${ids.length}/${to} ${Math.round(((ids.length - from) / ingestMs) * 1000)}/s`);
    }
    return { added: ids.length - from, ingestMs, generateMs, articlesPerSecond: ((ids.length - from) / ingestMs) * 1000, chunkRates: summarize(chunks) };
  },

  async stats() {
    return open().stats();
  },

  async storage() {
    const e = await navigator.storage.estimate();
    return { usage: e.usage ?? 0, quota: e.quota ?? 0, details: (e as { usageDetails?: Record<string, number> }).usageDetails ?? {} };
  },

  /** Builds the page queries (deterministic, so every tab builds the same ones). */
  pages(count = 40) {
    const t0 = performance.now();
    pages = makePageQueries(count, synthetic);
    return {
      candidatesPerPage: summarize(pages.map(limitFor)).median,
      count: pages.length,
      inCorpus: pages.filter((p) => p.inCorpus).length,
      claims: summarize(pages.map((p) => p.analysis.claims.length)),
      keys: summarize(pages.map((p) => p.keys.length)),
      words: summarize(pages.map((p) => p.analysis.text.split(/\s+/).length)),
      ms: performance.now() - t0,
    };
  },

  /** Isnad's cross-references timed in this page, whose heap also holds the benchmark. */
  async isnadQueriesInPage(opts: LoopOptions) {
    const c = open();
    return runQueries({
      candidates: async (p) => ({ candidates: await c.candidates(p.keys, { limit: limitFor(p) }) }),
      crossReference: (p) => crossReference(c, p.analysis, { url: p.url, candidates: limitFor(p) }),
    }, pages, opts);
  },

  /** Isnad's cross-references timed in a worker of their own, as in the extension's background (isnad-worker.ts). */
  isnadQueries(opts: LoopOptions): Promise<QueryFigures> {
    const id = nextRequest++;
    const request: WorkerRequest = { id, pages: pages.length, loop: opts };
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      isnadWorker().postMessage(request);
    });
  },

  /** Cross-references every page `rounds` times, untimed: the pass the CPU profile records. */
  async isnadCrossReferences(rounds = 1) {
    const c = open();
    for (let r = 0; r < rounds; r++) for (const p of pages) await crossReference(c, p.analysis, { url: p.url, candidates: limitFor(p) });
    return rounds * pages.length;
  },

  /** Copies synthetic articles [copied, upTo) from Isnad's store into the alternatives' records. */
  async copyRecords(upTo: number) {
    const t0 = performance.now();
    const end = Math.min(upTo, ids.length);
    await records.copyFrom(open(), ids.slice(copied, end));
    copied = end;
    return { ms: performance.now() - t0, statements: records.statements };
  },

  async naiveLoad() {
    const got = await naive.load(records, naiveLoaded ? ids[naiveLoaded - 1] : -Infinity);
    naiveLoaded = copied;
    return got;
  },

  async naiveQueries(opts: LoopOptions) {
    return runQueries({ candidates: async (p) => ({ candidates: await naive.candidates(p.keys, limitFor(p)) }) }, pages, opts);
  },

  async memoryBuild(name: 'flexsearch' | 'minisearch') {
    memory = name === 'flexsearch' ? flexsearchDesign() : minisearchDesign();
    return memory.build(records);
  },

  async memoryQueries(opts: LoopOptions) {
    const m = memory;
    if (!m) throw new Error('memoryBuild first');
    return runQueries({ candidates: (p) => memoryCandidates(m, records, p.keys, limitFor(p)) }, pages, opts);
  },

  /**
   * What the background does for a long page, timed here on the same
   * corpus: analyse its blocks, then cross-reference its claims.
   */
  async pageCost(title: string, blocks: string[], url: string, runs = 5) {
    const c = open();
    const analyze: number[] = [];
    const xref: number[] = [];
    let claims = 0;
    let keys = 0;
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      const analysis = analyzeBlocks(blocks, title);
      const t1 = performance.now();
      await crossReference(c, analysis, { url });
      xref.push(performance.now() - t1);
      analyze.push(t1 - t0);
      claims = analysis.claims.length;
      keys = pageKeys(analysis).length;
    }
    return { claims, keys, analyze: summarize(analyze), crossReference: summarize(xref) };
  },

  dropMemory() {
    memory = null;
  },

  async dropAlternatives() {
    await naive.destroy();
    await records.destroy();
  },
};

(globalThis as unknown as { isnadBench: typeof api }).isnadBench = api;
export type BenchApi = typeof api;
