/**
 * Runs page queries against one design and times them. Every design gets
 * the same warm-up (every page once, untimed: the timings are of code the
 * JIT has compiled, as in a background that has checked a few pages), then cycles through
 * all pages until it has `samples` timings or its time budget is used up
 * (slow baselines stop early; the sample count is reported with the figures).
 */
import { fingerprint, matchClaims, type CandidateStatement } from '../../src/engine/index.ts';
import { summarize, type Summary } from '../stats.ts';
import { storyOfUrl, type PageQuery } from './page-queries.ts';

export interface QueryFigures {
  /** Whole cross-reference of a page: candidates, records and matching. */
  total: Summary;
  /** Candidates with their records, before matching. */
  retrieval: Summary;
  /** For in-memory indexes: the library's search alone. */
  search?: Summary;
  /** Share of the top 20 candidates that come from the page's own story (pages whose story is in the corpus). */
  topStoryShare: number;
  /** Whether the time budget stopped the loop before `samples`. */
  capped: boolean;
}

export interface QueryStep {
  /** Candidates for the page, best first, with their records; `searchMs` when the design can tell it apart. */
  candidates(page: PageQuery): Promise<{ candidates: CandidateStatement[]; searchMs?: number }>;
  /** The full cross-reference when the design has its own (Isnad's crossReference); otherwise candidates + matchClaims. */
  crossReference?(page: PageQuery): Promise<unknown>;
}

export interface LoopOptions {
  samples: number;
  budgetMs: number;
  minSamples?: number;
}

function storyShare(pages: PageQuery[], top: Map<number, CandidateStatement[]>): number {
  let hits = 0;
  let total = 0;
  for (const p of pages) {
    if (!p.inCorpus) continue;
    const list = top.get(p.q) ?? [];
    total += 20;
    hits += list.slice(0, 20).filter((c) => storyOfUrl(c.article.url) === p.story).length;
  }
  return total ? hits / total : NaN;
}

export async function runQueries(step: QueryStep, pages: PageQuery[], opts: LoopOptions): Promise<QueryFigures> {
  const top = new Map<number, CandidateStatement[]>();
  const crossReference = async (p: PageQuery) => {
    if (step.crossReference) return step.crossReference(p);
    const { candidates } = await step.candidates(p);
    return matchClaims(p.analysis, candidates, { pageFingerprint: fingerprint(p.analysis.text) });
  };
  for (const p of pages) await crossReference(p);

  const total: number[] = [];
  const retrieval: number[] = [];
  const search: number[] = [];
  const minSamples = opts.minSamples ?? 10;
  const t0 = performance.now();
  let capped = false;
  for (let i = 0; total.length < opts.samples; i++) {
    if (total.length >= minSamples && performance.now() - t0 > opts.budgetMs) {
      capped = true;
      break;
    }
    const p = pages[i % pages.length];
    const a = performance.now();
    await crossReference(p);
    total.push(performance.now() - a);
  }
  // Retrieval is timed in its own pass so the cross-reference timings above are undisturbed.
  const t1 = performance.now();
  for (let i = 0; retrieval.length < total.length; i++) {
    if (retrieval.length >= minSamples && performance.now() - t1 > opts.budgetMs / 2) break;
    const p = pages[i % pages.length];
    const a = performance.now();
    const got = await step.candidates(p);
    retrieval.push(performance.now() - a);
    if (got.searchMs !== undefined) search.push(got.searchMs);
    if (i < pages.length) top.set(p.q, got.candidates);
  }
  for (const p of pages) if (p.inCorpus && !top.has(p.q)) top.set(p.q, (await step.candidates(p)).candidates);
  return {
    total: summarize(total),
    retrieval: summarize(retrieval),
    ...(search.length ? { search: summarize(search) } : {}),
    topStoryShare: storyShare(pages, top),
    capped,
  };
}
