/**
 * The page queries every design answers: long synthetic articles cut to
 * about 40 claims, analysed once (as the content script does before it asks
 * the background). Half tell a story that is in the corpus.
 */
import { analyzeText, type Analysis } from '../../src/engine/index.ts';
import { pageKeys } from '../../src/store/cross-reference.ts';
import { SyntheticCorpus } from '../synthetic/corpus.ts';

export interface PageQuery {
  q: number;
  url: string;
  story: number;
  inCorpus: boolean;
  analysis: Analysis;
  /** Every index key of the page's claims: what one candidates() query asks for. */
  keys: string[];
}

export const TARGET_CLAIMS = 40;

/** The first `k` text lines of an article (title included). */
function firstLines(text: string, k: number): string {
  return text.split('\n').slice(0, k).join('\n');
}

/** Cuts the page at the line where its claims reach about 40 (claims grow with lines). */
function cutToClaims(text: string): Analysis {
  const lines = text.split('\n').length;
  let lo = 2;
  let hi = lines;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (analyzeText(firstLines(text, mid)).claims.length >= TARGET_CLAIMS) hi = mid;
    else lo = mid + 1;
  }
  return analyzeText(firstLines(text, lo));
}

export function makePageQueries(count: number, corpus = new SyntheticCorpus()): PageQuery[] {
  const out: PageQuery[] = [];
  for (let q = 0; q < count; q++) {
    const page = corpus.page(q);
    const analysis = cutToClaims(page.text);
    out.push({ q, url: page.url, story: page.story, inCorpus: page.inCorpus, analysis, keys: pageKeys(analysis) });
  }
  return out;
}

/** Story id of a synthetic article from its URL (…/news/<story>-<index>). */
export function storyOfUrl(url: string): number {
  const m = /\/news\/(\d+)-\d+/.exec(url);
  return m ? Number(m[1]) : -1;
}
