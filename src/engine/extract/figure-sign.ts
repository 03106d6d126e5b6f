/**
 * The sign of a figure. A minus is read only where news writes one for a
 * negative value, and the hyphen's other jobs are ruled out by what touches it:
 *
 *   الحرارة -5 درجات، (−5)، إلى -5     minus: a space or an opening mark before it
 *   بين -5 و-10                        minus: glued to the conjunction و
 *   إف-16، 10-20، 2020-03-15            a dash: glued to a word or a number before it
 *   من 20 -25                           a range dash: a number before it
 *   \n-12 قتيلا                         a list dash at the start of a line
 *   سالب 5، ناقص 6 نقاط                 minus words
 *   5 درجات تحت الصفر                   a phrase after the figure negates it (and both ends of a range)
 *
 * Whether the unit may be negative at all is the caller's (SIGNED_UNITS).
 */
import type { Token } from '../segment/tokens.ts';
import type { Numeral } from './number-words.ts';
import { BELOW_ZERO, MINUS_SIGNS, MINUS_WORDS } from '../lexicon/number-signs.ts';
import { atLineStart } from './figure-guards.ts';

const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
/** Clitics written apart that may carry a glued minus: "و-10". */
const CLITIC_TOKENS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** Whether token j is a minus sign glued to the digits right after it. */
export function isGluedMinus(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return !!t && t.type === 'punct' && MINUS_SIGNS.has(t.text) && tokens[j + 1]?.type === 'number' && glued(t, tokens[j + 1]);
}

/**
 * Index of the minus before the number `n` (a sign token or a minus word),
 * or -1 when the number has no sign.
 */
export function minusBefore(folded: string, tokens: Token[], n: Numeral): number {
  const j = n.start - 1;
  const t = tokens[j];
  if (!t) return -1;
  if (t.type === 'word') return MINUS_WORDS.has(t.text) ? j : -1;
  if (!isGluedMinus(tokens, j)) return -1;
  const prev = tokens[j - 1];
  if (prev && prev.type === 'number') return -1;
  if (prev && prev.type === 'word' && glued(prev, t) && !CLITIC_TOKENS.has(prev.text)) return -1;
  return atLineStart(folded, t.start) ? -1 : j;
}

/** The index after "تحت الصفر" / "دون الصفر" at token k, or -1. */
export function belowZeroAt(tokens: Token[], k: number): number {
  for (const phrase of BELOW_ZERO) {
    let ok = true;
    for (let m = 0; m < phrase.length && ok; m++) ok = tokens[k + m]?.type === 'word' && tokens[k + m].text === phrase[m];
    if (ok) return k + phrase.length;
  }
  return -1;
}
