import { foldText } from '../normalize/fold.ts';
import { contentWords } from '../keys/words.ts';
import type { Claim } from '../types.ts';

/** What a sentence is about: its content words and the names it mentions. */
export interface SentenceContext {
  words: Set<string>;
  names: Set<string>;
}

export function sentenceContext(text: string, claims: Claim[]): SentenceContext {
  const names = new Set<string>();
  for (const c of claims) if (c.kind === 'person' || c.kind === 'place' || c.kind === 'organization') names.add(c.key);
  return { words: new Set(contentWords(foldText(text)).filter((w) => !/^\d/.test(w))), names };
}

function shared<T>(a: Set<T>, b: Set<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/**
 * How much two sentences share, 0..1: the Dice overlap of their content
 * words, raised by every name both mention (names are the strongest sign
 * that two sentences report the same event).
 */
export function contextScore(a: SentenceContext, b: SentenceContext): { score: number; names: number } {
  const total = a.words.size + b.words.size;
  const dice = total === 0 ? 0 : (2 * shared(a.words, b.words)) / total;
  const names = shared(a.names, b.names);
  return { score: Math.min(1, dice + 0.1 * names), names };
}

/** Share of the shorter word list found in the longer: a trimmed quotation still scores 1. */
export function containment(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const set = new Set(large);
  let n = 0;
  for (const w of small) if (set.has(w)) n++;
  return n / small.length;
}
