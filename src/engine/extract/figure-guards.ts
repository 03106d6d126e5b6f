/**
 * Numbers that are not quantities: years and dates, clock times, ranks and
 * labels, model designations (اف 16, F-16), phone numbers, footnote markers
 * and list numbering. Each test looks only at the tokens around the number.
 */
import type { Token } from '../segment/tokens.ts';
import type { Numeral } from './number-words.ts';
import { unitAfter } from './figure-units.ts';
import { cliticReadings, withoutArticle } from '../normalize/clitics.ts';
import { foldText } from '../normalize/fold.ts';
import {
  LABEL_CUES, MARKS_AFTER, MODEL_PREFIX_WORDS, MONTH_NAMES, MONTHS_ONLY_AFTER_DAY, TIME_CUES, YEAR_CUES,
} from '../lexicon/not-quantities.ts';

const LATIN = /[a-z]/;
/** Separators that chain numbers into dates, times, scores and fractions: 15/3/2020, 10:30, 3-1. */
const CHAIN = new Set(['/', ':', '-', '\\']);
/** Of those, the dashes that may join the two ends of a range: "10-20 شخصا". */
const DASH_RANGE = new Set(['-', '–']);
const OPEN = new Set(['(', '[']);
const CLOSE = new Set([')', ']']);
const QUOTES = new Set(['«', '»', '"', '“', '”', "'"]);
const LIST_MARKS = new Set(['-', '.', ')', '–']);
const CLITIC_ONLY = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'لل']);

const MIN = foldText('من');
const MONTH = foldText('شهر');

const glued = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/** The stems a word before a number may stand for: as written, without clitics, without the article. */
function stems(text: string): string[] {
  const out: string[] = [];
  for (const r of cliticReadings(text)) {
    out.push(r.stem);
    const bare = withoutArticle(r.stem);
    if (bare) out.push(bare);
  }
  if (out.length === 0) out.push(text);
  return out;
}

/** Month names indexed by their first word (for reading forwards) and last word (backwards). */
const MONTHS_BY_FIRST = new Map<string, (readonly string[])[]>();
const MONTHS_BY_LAST = new Map<string, (readonly string[])[]>();
for (const m of MONTH_NAMES) {
  for (const [map, key] of [[MONTHS_BY_FIRST, m[0]], [MONTHS_BY_LAST, m[m.length - 1]]] as const) {
    const list = map.get(key);
    if (list) list.push(m);
    else map.set(key, [m]);
  }
}

const wordAt = (tokens: Token[], k: number) => (tokens[k]?.type === 'word' ? tokens[k].text : undefined);

/** A month name starts at token k ("15 مارس", "3 كانون الثاني"); the first word may carry clitics. */
function monthStartsAt(tokens: Token[], k: number): boolean {
  const w = wordAt(tokens, k);
  if (w === undefined) return false;
  for (const s of [w, ...stems(w)]) {
    for (const m of MONTHS_BY_FIRST.get(s) ?? []) {
      let ok = true;
      for (let x = 1; x < m.length && ok; x++) ok = wordAt(tokens, k + x) === m[x];
      if (ok) return true;
    }
  }
  return false;
}

/** A month name ends at token k ("مارس 2020"), not counting months that are also common words. */
function monthEndsAt(tokens: Token[], k: number): boolean {
  const w = wordAt(tokens, k);
  if (w === undefined) return false;
  for (const m of MONTHS_BY_LAST.get(w) ?? []) {
    if (m.length === 1 && MONTHS_ONLY_AFTER_DAY.has(m[0])) continue;
    let ok = true;
    for (let x = 0; x < m.length - 1 && ok; x++) ok = wordAt(tokens, k - (m.length - 1) + x) === m[x];
    if (ok) return true;
  }
  return false;
}

/** Looks like a model designation: "اف 16", "إف-16", "F-16", "A320", "T-72", "5G". */
function isModel(tokens: Token[], first: number, last: number): boolean {
  let p = first - 1;
  let hyphen = false;
  if (tokens[p]?.text === '-' && glued(tokens[p], tokens[first])) {
    // "إف-16" has the hyphen glued on both sides; "إلى -5" has a minus.
    hyphen = glued(tokens[p - 1], tokens[p]);
    p--;
  }
  const prev = tokens[p];
  if (prev && prev.type === 'word') {
    const latin = LATIN.test(prev.text);
    // Latin text right before Arabic-context digits names a model or a standard: F-16, A320, IFRS 15.
    if (latin) return true;
    if (MODEL_PREFIX_WORDS.has(prev.text)) return true;
    if (hyphen && prev.text.length <= 3 && !CLITIC_ONLY.has(prev.text)) return true;
  }
  const after = tokens[last + 1];
  return !!after && after.type === 'word' && LATIN.test(after.text) && glued(tokens[last], after);
}

/** Token k chains the numbers on either side of it: "15/3", "10:30", "3-1". */
function chainsAt(tokens: Token[], k: number, separators: ReadonlySet<string>): boolean {
  const t = tokens[k];
  return !!t && separators.has(t.text) && tokens[k - 1]?.type === 'number' && glued(tokens[k - 1], t)
    && tokens[k + 1]?.type === 'number' && glued(t, tokens[k + 1]);
}

/**
 * "10-20 شخصا", "3-5 أيام": two numbers joined by a hyphen at token a and
 * a + 2, chained to nothing else, with a counted noun after the second. A
 * score ("3-1"), a date ("2020-03-15") or a span of years has no noun.
 */
export function dashRangeAt(tokens: Token[], a: number): boolean {
  if (!chainsAt(tokens, a + 1, DASH_RANGE)) return false;
  if (chainsAt(tokens, a - 1, CHAIN) || chainsAt(tokens, a + 3, CHAIN)) return false;
  return unitAfter(tokens, a + 3) !== null;
}

/** 15/3/2020, 10:30, 3-1: a number chained to another by a separator with no spaces. */
function isChained(tokens: Token[], first: number, last: number): boolean {
  if (chainsAt(tokens, first - 1, CHAIN) && !dashRangeAt(tokens, first - 2)) return true;
  return chainsAt(tokens, last + 1, CHAIN) && !dashRangeAt(tokens, last);
}

/**
 * The number alone between brackets or quotes, "(1)", "«14»": 'bracket' or
 * 'quote', or undefined when it is not wrapped.
 */
export function wrapping(tokens: Token[], r: Numeral): 'bracket' | 'quote' | undefined {
  const prev = tokens[r.start - 1];
  const next = tokens[r.next];
  if (r.next !== r.start + 1 || !prev || !next || !glued(prev, tokens[r.start]) || !glued(tokens[r.start], next)) return undefined;
  if (OPEN.has(prev.text) && CLOSE.has(next.text)) return 'bracket';
  return QUOTES.has(prev.text) && QUOTES.has(next.text) ? 'quote' : undefined;
}

/** Only white space between the start of the line and `at`. */
export function atLineStart(folded: string, at: number): boolean {
  for (let x = at - 1; x >= 0; x--) {
    const c = folded[x];
    if (c === '\n') return true;
    if (c !== ' ') return false;
  }
  return true;
}

/**
 * True when the number read as `r` is a year, date, time, rank, label,
 * model, phone number, footnote or list marker rather than an amount.
 */
export function isNotQuantity(folded: string, tokens: Token[], r: Numeral): boolean {
  // The digits token, past a detached clitic ("بـ5").
  const first = tokens[r.start].type === 'number' || !r.digits || tokens[r.start + 1]?.type !== 'number' ? r.start : r.start + 1;
  const last = r.next - 1;
  const head = tokens[first];
  const prev = tokens[r.start - 1];
  const next = tokens[r.next];

  if (head.type === 'number') {
    // "الـ5" (an ordinal), "تشكيل1" (a name): digits glued to a word.
    if (prev && prev.type === 'word' && ((glued(prev, head) && !CLITIC_ONLY.has(prev.text)) || prev.text === 'ال' || prev.text.endsWith('ال') && prev.text.length <= 4 && CLITIC_ONLY.has(prev.text.slice(0, -2)))) return true;
    if (isModel(tokens, first, last) || isChained(tokens, first, last)) return true;
    const digits = head.text;
    // Phone numbers, IDs and codes: long runs, leading zeros, a "+".
    if (/^\d+$/.test(digits) && (digits.length >= 9 || (digits.length >= 2 && digits[0] === '0'))) return true;
    // "+966" is a dialling code; "+6 نقاط" is a rise.
    if (prev && prev.text === '+' && glued(prev, head) && !unitAfter(tokens, r.next)) return true;
    if (inDigitGroupRun(tokens, first)) return true;
    // A footnote or reference "(1)", and list numbering at the start of a line: "1-", "2.".
    if (wrapping(tokens, r) === 'bracket' && !unitAfter(tokens, r.next + 1)) return true;
    if (first === r.start && atLineStart(folded, head.start) && next && LIST_MARKS.has(next.text) && glued(head, next)) return true;
  }

  if (prev && prev.type === 'word') {
    if (TIME_CUES.has(prev.text) || cliticReadings(prev.text).some((c) => TIME_CUES.has(c.stem))) return true;
    for (const s of stems(prev.text)) if (YEAR_CUES.has(s) || LABEL_CUES.has(s)) return true;
    if (monthEndsAt(tokens, r.start - 1)) return true;
  }
  // "مارس/آذار 2020": a month, a slash, a month, then the year.
  if (prev && prev.text === '/' && monthEndsAt(tokens, r.start - 2)) return true;
  if (next && next.type === 'word') {
    if (MARKS_AFTER.has(next.text) || monthStartsAt(tokens, r.next)) return true;
    // "25 من شهر شوال", "3 من الشهر الجاري": a day of the month.
    const after = tokens[r.next + 1];
    if (next.text === MIN && after && (after.text === MONTH || after.text === 'ال' + MONTH || monthStartsAt(tokens, r.next + 1))) return true;
  }
  return false;
}

/**
 * "+1 202 555 0100", "055 123 4567": a phone number written in groups. Three
 * or more bare digit groups separated only by spaces (or dashes) never make
 * one amount in news text.
 */
function inDigitGroupRun(tokens: Token[], at: number): boolean {
  const bare = (t: Token | undefined) => t !== undefined && t.type === 'number' && /^\d+$/.test(t.text);
  const sep = (t: Token | undefined) => t !== undefined && (t.text === '-' || t.text === '+');
  let lo = at;
  let hi = at;
  const step = (i: number, d: number) => (bare(tokens[i + d]) ? i + d : sep(tokens[i + d]) && bare(tokens[i + 2 * d]) ? i + 2 * d : -1);
  for (let j = step(lo, -1); j >= 0; j = step(lo, -1)) lo = j;
  for (let j = step(hi, 1); j >= 0; j = step(hi, 1)) hi = j;
  let groups = 0;
  for (let i = lo; i <= hi; i++) if (bare(tokens[i])) groups++;
  return groups >= 3 || (groups >= 2 && tokens[lo - 1]?.text === '+');
}

/** A four-digit number that reads as a year when nothing says what it counts: "في 2019". */
export function looksLikeYear(tokens: Token[], r: Numeral): boolean {
  if (r.words || !r.digits) return false;
  const t = tokens[r.next - 1];
  if (!/^\d{4}$/.test(t.text)) return false;
  const v = Number(t.text);
  return v >= 1900 && v <= 2100;
}
