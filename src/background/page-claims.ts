/**
 * Turns an analysis and its cross-reference reports into the claims a page
 * shows: each claim once (an extractor may report one twice), its verdict,
 * and the sentence it stands in.
 */
import type { Analysis, Claim } from '../engine/types.ts';
import type { ClaimReport } from '../engine/match/types.ts';
import type { PageClaim } from '../platform/protocol.ts';
import { claimVerdict, orderedMatches } from '../ui/verdict.ts';

/**
 * Sources kept per claim for the page, best first: the card and the popup
 * show fewer, and a long article's answer stays small enough to parse
 * without blocking the page. `sources` still counts them all.
 */
export const MATCHES_PER_CLAIM = 6;

const placeOf = (c: Pick<Claim, 'start' | 'end' | 'kind'>) => `${c.start}:${c.end}:${c.kind}`;

export function pageClaims(analysis: Analysis, reports: ClaimReport[]): PageClaim[] {
  const found = new Map(reports.map((r) => [placeOf(r.claim), r]));
  const unique = [...new Map(analysis.claims.map((c) => [placeOf(c), c])).values()];
  return unique.map((claim, id) => {
    const full = found.get(placeOf(claim)) ?? { claim, matches: [], sources: 0 };
    const report = { ...full, matches: orderedMatches(full).slice(0, MATCHES_PER_CLAIM) };
    const s = analysis.sentences[claim.sentence] ?? { text: claim.text, start: claim.start };
    return {
      id,
      report,
      verdict: claimVerdict(report),
      sentence: { text: s.text, emphasis: { start: claim.start - s.start, end: claim.end - s.start } },
    };
  });
}
