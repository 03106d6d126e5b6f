import { foldText } from '../normalize/fold.ts';
import { quoteWords } from '../keys/claim-keys.ts';
import type { Claim, NumberClaim } from '../types.ts';
import { comparableMagnitude, consistent } from './consistency.ts';
import { containment } from './context.ts';
import { compatibleUnits, sameUnit } from './unit-classes.ts';
import type { Verdict } from './types.ts';

/**
 * Thresholds on the context score (see context.ts). A figure with the same
 * key needs little shared context to agree; a different value must come from
 * a clearly shared context before it is called a conflict, because two
 * figures of one unit in unrelated sentences are the common case, not news.
 */
export const THRESHOLDS = {
  agreeSameKey: 0.08,
  agreeCompatible: 0.2,
  agreeUnknownUnit: 0.3,
  /** A rival figure whose words just before it match ("حصيلة … 112" / "حصيلة … 121"). */
  conflictNearby: 0.3,
  /** A rival figure in an otherwise clearly shared sentence. */
  conflict: 0.45,
  relatedFigure: 0.4,
  quoteContainment: 0.6,
  nameContext: 0.05,
} as const;

export interface Judgement {
  verdict: Verdict;
  /** The claim in the other statement the verdict rests on, if any. */
  other?: Claim;
  /** How strongly the pair is tied, beyond context, 0..1. */
  strength: number;
}

export interface FigureContext {
  /** Context score of the two sentences (context.ts). */
  context: number;
  sharedNames: number;
  /** The statement carries one of the figure's context keys (same unit, same word before it). */
  sharesContextKey: boolean;
}

export function judgeFigure(claim: NumberClaim, others: Claim[], { context, sharedNames, sharesContextKey }: FigureContext): Judgement | null {
  const conflictNeeds = sharesContextKey ? THRESHOLDS.conflictNearby : THRESHOLDS.conflict;
  let conflict: NumberClaim | undefined;
  for (const o of others) {
    if (o.kind !== 'number') continue;
    if (!compatibleUnits(claim.unit, o.unit)) continue;
    if (consistent(claim, o)) {
      const needed = o.key === claim.key
        ? THRESHOLDS.agreeSameKey
        : claim.unit && o.unit ? THRESHOLDS.agreeCompatible : THRESHOLDS.agreeUnknownUnit;
      if (context >= needed) return { verdict: 'agrees', other: o, strength: o.key === claim.key ? 1 : 0.7 };
      continue;
    }
    const contested = sameUnit(claim.unit, o.unit) && comparableMagnitude(claim.value, o.value);
    if (contested && context >= conflictNeeds && !conflict) conflict = o;
  }
  if (conflict) return { verdict: 'conflicts', other: conflict, strength: 0.8 };
  if (context >= THRESHOLDS.relatedFigure && sharedNames > 0) return { verdict: 'related', strength: 0.3 };
  return null;
}

export function judgeName(claim: Claim, others: Claim[], context: number): Judgement | null {
  const same = others.find((o) => o.key === claim.key);
  if (!same || context < THRESHOLDS.nameContext) return null;
  return { verdict: 'related', other: same, strength: 0.5 };
}

/** A quotation matches the same words elsewhere, even trimmed, re-punctuated or unquoted. */
export function judgeQuote(claim: Claim, others: Claim[], statementText: string): Judgement | null {
  const words = quoteWords(foldText(claim.text));
  if (words.length < 3) return null;
  let best: { other?: Claim; overlap: number } = { overlap: 0 };
  for (const o of others) {
    if (o.kind !== 'quote') continue;
    const overlap = containment(words, quoteWords(foldText(o.text)));
    if (overlap > best.overlap) best = { other: o, overlap };
  }
  if (best.overlap < THRESHOLDS.quoteContainment) {
    // Reported speech: the same words without quotation marks.
    const plain = containment(words, quoteWords(foldText(statementText)));
    if (plain >= 0.8 && plain > best.overlap) best = { overlap: plain };
  }
  if (best.overlap < THRESHOLDS.quoteContainment) return null;
  return { verdict: 'related', ...(best.other ? { other: best.other } : {}), strength: best.overlap };
}
