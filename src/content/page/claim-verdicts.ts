/**
 * A page's claims arrive before their sources (protocol.ts: check-page, then
 * page-verdicts). These pure steps give the claims their verdicts when the
 * sources come, and carry known verdicts over to a new analysis of a live
 * page, so unchanged claims do not blink back to 'pending' on every pass.
 */
import type { PageClaim, PageVerdicts } from '../../platform/protocol.ts';

/**
 * The claims with the sources of `answer`; claims it does not list had no
 * match and get 'none'. Ids name claims of the same check (the caller checks
 * `answer.check`).
 */
export function withVerdicts(claims: PageClaim[], answer: Pick<PageVerdicts, 'verdicts'>): PageClaim[] {
  const found = new Map(answer.verdicts.map((v) => [v.id, v]));
  return claims.map((c) => {
    const v = found.get(c.id);
    return {
      ...c,
      verdict: v?.verdict ?? 'none',
      report: { ...c.report, matches: v?.matches ?? [], sources: v?.sources ?? 0 },
    };
  });
}

/** Every claim without sources: the cross-reference failed, and the page says why elsewhere. */
export function withoutSources(claims: PageClaim[]): PageClaim[] {
  return withVerdicts(claims, { verdicts: [] });
}

/** Same kind, same words, same sentence: the same claim for the cross-reference. */
const sameClaim = (c: PageClaim) => `${c.report.claim.kind}\u0001${c.report.claim.text}\u0001${c.sentence.text}`;

/**
 * The pending claims of a new analysis, those the previous one had already
 * judged taking that verdict and those sources meanwhile (with their own id
 * and offsets); the new check's verdicts replace them all when they come.
 */
export function carryVerdicts(previous: PageClaim[], next: PageClaim[]): PageClaim[] {
  const judged = new Map<string, PageClaim>();
  for (const c of previous) if (c.verdict !== 'pending') judged.set(sameClaim(c), c);
  if (!judged.size) return next;
  return next.map((c) => {
    const old = c.verdict === 'pending' ? judged.get(sameClaim(c)) : undefined;
    return old ? { ...c, verdict: old.verdict, report: { ...old.report, claim: c.report.claim } } : c;
  });
}
