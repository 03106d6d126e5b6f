import type { Claim } from '../types.ts';
import { foldText } from '../normalize/fold.ts';
import { contentWords } from '../keys/words.ts';

const LOCAL_WORDS = 4;

function words(text: string): string[] {
  return contentWords(foldText(text)).filter((w) => !/^\d/.test(w));
}

// Each figure's words are read once, however many claims it is compared with
// (a candidate's figure meets every page figure of its unit).
const aroundCache = new WeakMap<Claim, string[]>();

/**
 * The content words around a figure: a few before (back to the previous
 * figure) and a few after (up to the next). A figure that only restates the
 * one before it ("5,922 مليون درهم (1,611 مليون دولار)") takes that figure's
 * words, so each conversion is tied to what it converts. `figures` are the
 * number claims of the sentence, in order.
 */
export function figureWords(sentence: { text: string; start: number }, figures: Claim[], claim: Claim): string[] {
  const cached = aroundCache.get(claim);
  if (cached) return cached;
  const got = uncached(sentence, figures, claim);
  aroundCache.set(claim, got);
  return got;
}

function uncached(sentence: { text: string; start: number }, figures: Claim[], claim: Claim): string[] {
  const i = figures.indexOf(claim);
  const prevEnd = i > 0 ? figures[i - 1].end : sentence.start;
  const nextStart = i >= 0 && i + 1 < figures.length ? figures[i + 1].start : sentence.start + sentence.text.length;
  const before = words(sentence.text.slice(Math.max(0, prevEnd - sentence.start), Math.max(0, claim.start - sentence.start)));
  if (i > 0 && before.length === 0) return figureWords(sentence, figures, figures[i - 1]);
  const after = words(sentence.text.slice(claim.end - sentence.start, Math.max(claim.end, nextStart) - sentence.start));
  return [...before.slice(-LOCAL_WORDS), ...after.slice(0, LOCAL_WORDS)];
}
