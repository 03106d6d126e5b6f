/**
 * How Arabic news writes a negative figure: a minus glued to the digits
 * ("-5", "−5"), a word before the number ("سالب 5", "ناقص 6 نقاط"), or a
 * phrase after the figure ("5 درجات تحت الصفر").
 */
import { foldText } from '../normalize/fold.ts';

/** Hyphen-minus and the minus sign. The en dash (–) is left out: news uses it between figures. */
export const MINUS_SIGNS: ReadonlySet<string> = new Set(['-', '\u2212']);

/** Words before the number. */
export const MINUS_WORDS: ReadonlySet<string> = new Set(['سالب', 'ناقص'].map(foldText));

/** Phrases after the figure, as folded words. */
export const BELOW_ZERO: readonly (readonly string[])[] = ['تحت الصفر', 'دون الصفر'].map((p) => foldText(p).split(' '));
