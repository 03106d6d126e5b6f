import { claimIndexKeys, fingerprint, matchClaims, type Analysis, type ClaimReport } from '../engine/index.ts';
import type { Corpus } from './corpus.ts';

export interface CrossReferenceOptions {
  /** The page's URL: a stored article with this URL is the page itself, never its own source. */
  url?: string;
  /** Further articles that must not count as sources (e.g. the file being checked). */
  excludeArticleIds?: number[];
  /** Statements fetched from the key index for the whole page (default: candidateBudget of its claims). */
  candidates?: number;
  perClaim?: number;
}

/**
 * Candidates a page reads, by its number of claims: a 40-claim article reads
 * 50 statements, a 280-claim page 300. With statements ranked by their
 * article's shared keys too (candidates.ts), 50 candidates found as many
 * matches from a 40-claim page's own story as 100 did, and fewer than 50
 * fewer (synthetic corpus of 100,000 articles); a long page's claims beyond
 * its main story need more: the 284-claim page had a match for 173 claims
 * with 50 candidates, 211 with 200, 222 with 300.
 */
export const CANDIDATES_PER_CLAIM = 1.25;
export const MIN_CANDIDATES = 50;
export const MAX_CANDIDATES = 300;

export function candidateBudget(claims: number): number {
  return Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATES, Math.ceil(CANDIDATES_PER_CLAIM * claims)));
}

/** Every index key of every claim of the page, once. */
export function pageKeys(analysis: Analysis): string[] {
  const keys = new Set<string>();
  for (const c of analysis.claims) {
    const s = analysis.sentences[c.sentence];
    for (const k of claimIndexKeys(c, s.text, s.start)) keys.add(k);
  }
  return [...keys];
}

/**
 * The main job: for every claim of a page, the statements of the reader's
 * corpus that report it, with verdicts. One key-index query serves the whole
 * page; matching and verdicts are the engine's.
 */
export async function crossReference(corpus: Corpus, analysis: Analysis, opts: CrossReferenceOptions = {}): Promise<ClaimReport[]> {
  if (analysis.claims.length === 0) return [];
  const candidates = await corpus.candidates(pageKeys(analysis), {
    excludePage: { url: opts.url, text: analysis.text },
    ...(opts.excludeArticleIds ? { excludeArticleIds: opts.excludeArticleIds } : {}),
    limit: opts.candidates ?? candidateBudget(analysis.claims.length),
  });
  return matchClaims(analysis, candidates, {
    pageFingerprint: fingerprint(analysis.text),
    ...(opts.perClaim ? { perClaim: opts.perClaim } : {}),
  });
}
