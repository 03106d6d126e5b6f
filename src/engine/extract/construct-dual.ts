/**
 * "ألفا دولار" (2,000 dollars) or "عشرون ألفاً" (20,000)? Folding drops the
 * tanween, so ألفاً/ألفا, مليوناً/مليونا … are one spelling for two words:
 *
 *   after a number that multiplies it   عشرون ألفاً، 20 ألفا      singular: ×1,000
 *   alone, then the counted noun         ألفا دولار، مليونا نازح   dual:     2 × 1,000,000
 *   alone, then anything else            بلغ عددهم ألفاً، ملياراً لدعم   singular
 *
 * The reader only asks this module about the second and third lines: a
 * scale word that starts a term. The dual in construct is followed directly
 * by an indefinite singular noun in the genitive; the accusative singular is
 * followed by a preposition, an adverb, an accusative adjective (إضافياً,
 * سنوياً), a verb, or nothing.
 */
import type { Token } from '../segment/tokens.ts';
import { UNIT_FORMS } from '../lexicon/units.ts';
import { NOT_COUNTED_NOUNS } from '../lexicon/not-counted-nouns.ts';
import { FRACTIONS, NUMBER_WORDS, SCALE_WORDS } from '../lexicon/number-words.ts';

/** First letters that may be a proclitic (و ف ب ل ك): "ملياراً لدعم" is no construct. */
const PROCLITIC_LETTERS = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/**
 * Whether the word at token k is the counted noun of a dual scale word in
 * construct before it. A known unit noun always is ("ألفا حاج"); an unknown
 * word is when it looks like an indefinite singular noun: no article, no
 * letter that could be a proclitic (the reading stays the singular when in
 * doubt, as it was before), no accusative ending "ـاً", no plural or verb
 * ending "ـون", and not a function word.
 */
export function countedNounAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.type !== 'word') return false;
  const w = t.text;
  if (UNIT_FORMS.has(w)) return true;
  if (w.length < 3 || w.startsWith('ال') || PROCLITIC_LETTERS.has(w[0])) return false;
  if (w.endsWith('ا') || w.endsWith('ون')) return false;
  if (NUMBER_WORDS.has(w) || SCALE_WORDS.has(w) || FRACTIONS.has(w)) return false;
  return !NOT_COUNTED_NOUNS.has(w);
}
