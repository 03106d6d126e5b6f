/** One verdict per page claim, from the matches the corpus gave it. */
import type { ClaimMatch, ClaimReport } from '../engine/match/types.ts';
import type { ClaimVerdict } from '../platform/protocol.ts';

/** Matches worth showing: copies of the page itself are the page, not a source. */
export function sourceMatches(report: ClaimReport): ClaimMatch[] {
  return report.matches.filter((m) => m.copyOf !== 'page');
}

/**
 * A conflict outweighs agreement: a differing figure is what a reader must
 * see. A figure that other articles only mention in passing (related
 * statements without the figure) is still unsourced; its card lists them as
 * context. Names and quotations keep 'related'.
 */
export function claimVerdict(report: ClaimReport): ClaimVerdict {
  const matches = sourceMatches(report);
  if (matches.some((m) => m.verdict === 'conflicts')) return 'conflicts';
  if (matches.some((m) => m.verdict === 'agrees')) return 'agrees';
  if (report.claim.kind !== 'number' && matches.some((m) => m.verdict === 'related')) return 'related';
  return 'none';
}

/** Sorts matches for display: conflicts, then agreement, then context; best score first. */
export function orderedMatches(report: ClaimReport): ClaimMatch[] {
  const rank = { conflicts: 0, agrees: 1, related: 2 } as const;
  return sourceMatches(report).sort((a, b) => rank[a.verdict] - rank[b.verdict] || b.score - a.score);
}
