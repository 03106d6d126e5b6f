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
  /** Share of words around two figures of a many-figure sentence for them to be one quantity. */
  localContext: 0.5,
  /** The same, when each sentence holds only that one figure of the unit. */
  localContextAlone: 0.2,
  /** A rival figure in an otherwise clearly shared sentence. */
  conflict: 0.45,
  relatedFigure: 0.4,
  quoteContainment: 0.6,
  /** People are specific; a place or an organisation is shared by many unrelated stories. */
  personContext: 0.1,
  placeContext: 0.3,
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
  /** The other figures of the page's sentence. */
  siblings: NumberClaim[];
  /** Content words around the page figure, and a way to get them for a figure of the statement. */
  around: string[];
  aroundOther: (o: NumberClaim) => string[];
}

/**
 * Sentences with many figures (results, surveys) are where false conflicts
 * come from: a rival figure only counts when it is not another figure of the
 * page's own sentence reported in the same way, and when the words around
 * the two figures mostly meet, or each sentence holds just one such figure.
 */
function isRival(claim: NumberClaim, o: NumberClaim, others: Claim[], f: FigureContext): boolean {
  if (!sameUnit(claim.unit, o.unit) || !comparableMagnitude(claim.value, o.value) || consistent(claim, o)) return false;
  if (f.siblings.some((s) => compatibleUnits(s.unit, o.unit) && consistent(s, o))) return false;
  const local = dice(f.around, f.aroundOther(o));
  if (local >= THRESHOLDS.localContext) return true;
  const sameUnitHere = (list: Claim[]) => list.filter((c) => c.kind === 'number' && c.unit === claim.unit).length;
  return local >= THRESHOLDS.localContextAlone && sameUnitHere(others) === 1 && sameUnitHere(f.siblings) === 0;
}

function dice(a: string[], b: string[]): number {
  const sa = new Set(a);
  const sb = new Set(b);
  if (sa.size + sb.size === 0) return 0;
  let n = 0;
  for (const w of sa) if (sb.has(w)) n++;
  return (2 * n) / (sa.size + sb.size);
}

export function judgeFigure(claim: NumberClaim, others: Claim[], f: FigureContext): Judgement | null {
  const { context, sharedNames, sharesContextKey } = f;
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
    if (!conflict && context >= conflictNeeds && isRival(claim, o, others, f)) conflict = o;
  }
  if (conflict) return { verdict: 'conflicts', other: conflict, strength: 0.8 };
  if (context >= THRESHOLDS.relatedFigure && sharedNames > 0) return { verdict: 'related', strength: 0.3 };
  return null;
}

export function judgeName(claim: Claim, others: Claim[], context: number): Judgement | null {
  const same = others.find((o) => o.key === claim.key);
  const needed = claim.kind === 'person' ? THRESHOLDS.personContext : THRESHOLDS.placeContext;
  if (!same || context < needed) return null;
  return { verdict: 'related', other: same, strength: 0.5 };
}

const wordsOfText = (text: string) => quoteWords(foldText(text));

/**
 * A quotation matches the same words elsewhere, even trimmed, re-punctuated
 * or unquoted. `wordsOf` gives a text's quotation words; a caller comparing
 * one quotation with many statements passes a memoised one.
 */
export function judgeQuote(claim: Claim, others: Claim[], statementText: string, wordsOf = wordsOfText): Judgement | null {
  const words = wordsOf(claim.text);
  if (words.length < 3) return null;
  let best: { other?: Claim; overlap: number } = { overlap: 0 };
  for (const o of others) {
    if (o.kind !== 'quote') continue;
    const overlap = containment(words, wordsOf(o.text));
    if (overlap > best.overlap) best = { other: o, overlap };
  }
  if (best.overlap < THRESHOLDS.quoteContainment) {
    // Reported speech: the same words without quotation marks.
    const plain = containment(words, wordsOf(statementText));
    if (plain >= 0.8 && plain > best.overlap) best = { overlap: plain };
  }
  if (best.overlap < THRESHOLDS.quoteContainment) return null;
  return { verdict: 'related', ...(best.other ? { other: best.other } : {}), strength: best.overlap };
}
