/**
 * Turns an analysis and its cross-reference reports into the claims a page
 * shows: each claim once (an extractor may report one twice), its verdict,
 * and the sentence it stands in. A page gets them in two answers: first the
 * claims alone, pending (`pendingClaims`), then their sources
 * (`claimSources`); both number the claims the same way.
 */
import type { Analysis, Claim } from '../engine/types.ts';
import type { ClaimMatch, ClaimReport } from '../engine/match/types.ts';
import type { ClaimSources, PageClaim } from '../platform/protocol.ts';
import { claimVerdict, orderedMatches } from '../ui/verdict.ts';

/**
 * Sources kept per claim for the page, best first: the card and the popup
 * show fewer, and a long article's answer stays small enough to parse
 * without blocking the page. `sources` still counts them all.
 */
export const MATCHES_PER_CLAIM = 6;

/**
 * Most claims one page answer carries, in reading order. A real article has
 * a few hundred; a page of a megabyte has tens of thousands, and an answer
 * that size takes the page itself long to receive and to highlight.
 */
export const MAX_PAGE_CLAIMS = 3000;

const placeOf = (c: Pick<Claim, 'start' | 'end' | 'kind'>) => `${c.start}:${c.end}:${c.kind}`;

/** The analysis with only its first MAX_PAGE_CLAIMS claims (by position), so cross-referencing stays bounded too. */
export function firstClaims(analysis: Analysis, max = MAX_PAGE_CLAIMS): Analysis {
  if (analysis.claims.length <= max) return analysis;
  const kept = new Set([...analysis.claims].sort((a, b) => a.start - b.start).slice(0, max));
  return { ...analysis, claims: analysis.claims.filter((c) => kept.has(c)) };
}

/**
 * What the page shows of a match: the source's fingerprint and the matched
 * claim's internals stay in the background (they made a 2,500-character
 * article's answer 84 KB).
 */
function shown(m: ClaimMatch): ClaimMatch {
  const { fingerprint: _fingerprint, ...article } = m.article;
  const { claim: _claim, ...rest } = m;
  return { ...rest, article };
}

export function pageClaims(analysis: Analysis, reports: ClaimReport[]): PageClaim[] {
  const found = new Map(reports.map((r) => [placeOf(r.claim), r]));
  const unique = [...new Map(firstClaims(analysis).claims.map((c) => [placeOf(c), c])).values()];
  return unique.map((claim, id) => {
    const full = found.get(placeOf(claim)) ?? { claim, matches: [], sources: 0 };
    const report = { ...full, matches: orderedMatches(full).slice(0, MATCHES_PER_CLAIM).map(shown) };
    const s = analysis.sentences[claim.sentence] ?? { text: claim.text, start: claim.start };
    return {
      id,
      report,
      verdict: claimVerdict(report),
      sentence: { text: s.text, emphasis: { start: claim.start - s.start, end: claim.end - s.start } },
    };
  });
}

/** The claims of an analysis before any cross-reference: highlighted at once, sources to follow. */
export function pendingClaims(analysis: Analysis): PageClaim[] {
  return pageClaims(analysis, []).map((c) => ({ ...c, verdict: 'pending' }));
}

/**
 * The sources of each claim, by the ids `pendingClaims` gave the same
 * analysis. Claims nothing matched are left out (the page marks them
 * 'none'): most claims of a long page, and the answer stays small.
 */
export function claimSources(analysis: Analysis, reports: ClaimReport[]): ClaimSources[] {
  const out: ClaimSources[] = [];
  for (const c of pageClaims(analysis, reports)) {
    const { matches, sources } = c.report;
    if (c.verdict === 'pending') continue;
    if (!matches.length && !sources && c.verdict === 'none') continue;
    out.push({ id: c.id, verdict: c.verdict, matches, sources });
  }
  return out;
}
