/**
 * Reads a number written in digits, in Arabic words, or both, starting at one
 * token: "1,200", "13,2 ألف", "بخمسة مليارات", "ألف ومئتان",
 * "مليون ونصف", "ثلاثة عشر فاصلة اثنان".
 *
 * Arabic number words build a number out of terms joined by و, larger terms
 * first except that units come before tens (خمسة وعشرون):
 *
 *   number  = term { "و" term }            each term smaller than the scale before it
 *           [ "و" fraction [scale] ]       مليون ونصف (المليون)
 *           [ "فاصلة" { صفر } integer ]    ثلاثة فاصلة صفر خمسة = 3.05
 *   term    = group [scale] { scale }      عشرة آلاف، ألف مليون
 *           | scale | dual-scale | fraction scale
 *   group   = digits | hundreds [ "و" rest ] | unit "عشر" | unit [ "و" tens ] | tens
 *
 * A term without a scale ends the number, so "بين 10 و20" and "خمسة وعشرة"
 * stay two numbers.
 */
import type { Token } from '../segment/tokens.ts';
import { cliticReadings } from '../normalize/clitics.ts';
import { clean, parseDigits } from './digits.ts';
import { countedNounAt } from './construct-dual.ts';
import {
  DECIMAL_POINT, FRACTIONS, HUNDRED_AFTER_UNIT, NUMBER_WORDS, SCALE_WORDS, TEEN_TENS,
} from '../lexicon/number-words.ts';

/** A number as read, with what it was made of (callers use this to judge whether it is a figure). */
export interface Numeral {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** Index of the first token of the number, a detached clitic (بـ 5) included. */
  start: number;
  /** Some part was written in digits. */
  digits: boolean;
  /** Some part was written in words (number words or scale words). */
  words: boolean;
  /** A scale word (ألف, مليون …) took part. */
  scaled: boolean;
  /** The scale of the last term: 1e6 for "10 ملايين", 1 for "10". */
  lastScale: number;
}

/** Proclitics that stand alone before digits: "بـ5" folds to "ب" + "5". */
const CLITIC_TOKENS = new Set(['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك', 'لل']);
/** Of those, the ones that may be followed by a space ("بـ 5 مليارات"): prepositions, not the conjunction. */
const SPACED_CLITICS = new Set(['ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك']);
/** Words that only look like a clitic on a number: لست ("I am not"), كمية ("quantity"). */
const FALSE_SPLITS = new Set(['ل+ست', 'ب+ست', 'ك+ميه', 'وك+ميه', 'فك+ميه']);
const DECIMAL_COMMA_BEFORE_BILLION = /^\d{1,3},\d{3}$/;
const AND = 'و';
const ZERO = 'صفر';
const ARTICLE = 'ال';

/** One token seen as part of a number: digits, or a word stem with its clitics peeled. */
type Element = { kind: 'digits'; value: number; idx: number; text: string } | { kind: 'word'; stem: string; idx: number };

/**
 * The number-ish element at token j. `first`: any proclitic, attached or as a
 * token of its own; `and`: exactly the conjunction و; `plain`: no clitic.
 */
function element(tokens: Token[], j: number, mode: 'first' | 'and' | 'plain'): Element | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.type === 'number') {
    if (mode === 'and') return null;
    const value = parseDigits(t.text);
    return value === null ? null : { kind: 'digits', value, idx: j, text: t.text };
  }
  if (t.type !== 'word') return null;
  const n = tokens[j + 1];
  if (mode === 'and') {
    if (t.text === AND) {
      if (!n) return null;
      if (n.type === 'number') {
        const value = parseDigits(n.text);
        return value === null ? null : { kind: 'digits', value, idx: j + 1, text: n.text };
      }
      return n.type === 'word' ? { kind: 'word', stem: n.text, idx: j + 1 } : null;
    }
    return t.text.length > 2 && t.text.startsWith(AND) ? { kind: 'word', stem: t.text.slice(1), idx: j } : null;
  }
  if (mode === 'plain') return { kind: 'word', stem: t.text, idx: j };
  if (CLITIC_TOKENS.has(t.text) && n && (n.start === t.end || SPACED_CLITICS.has(t.text))) {
    if (n.type === 'number') {
      const value = parseDigits(n.text);
      return value === null ? null : { kind: 'digits', value, idx: j + 1, text: n.text };
    }
    if (n.type === 'word' && n.start > t.end && isNumberish(n.text)) return { kind: 'word', stem: n.text, idx: j + 1 };
    return null;
  }
  const stem = numberStem(t.text);
  return stem === null ? null : { kind: 'word', stem, idx: j };
}

/** Per-word memo of numberStem: an article has a few thousand distinct words, each seen many times. */
const stemCache = new Map<string, string | null>();
const STEM_CACHE_LIMIT = 50_000;

/** The number word inside `word` once proclitics are peeled (بخمسة → خمسه), or null. */
function numberStem(word: string): string | null {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let found: string | null = null;
  for (const r of cliticReadings(word)) {
    if (FALSE_SPLITS.has(r.prefix + '+' + r.stem)) continue;
    if (isNumberish(r.stem)) {
      found = r.stem;
      break;
    }
  }
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  stemCache.set(word, found);
  return found;
}

function isNumberish(stem: string): boolean {
  return NUMBER_WORDS.has(stem) || SCALE_WORDS.has(stem) || FRACTIONS.has(stem);
}

function plainWord(tokens: Token[], j: number): string | undefined {
  const t = tokens[j];
  return t && t.type === 'word' ? t.text : undefined;
}

/** A scale word at j that multiplies what precedes it (not a dual: "ثلاثة ألفين" is no number). */
function scaleAt(tokens: Token[], j: number): number {
  const w = plainWord(tokens, j);
  const s = w === undefined ? undefined : SCALE_WORDS.get(w);
  return s && s.form !== 'dual' ? s.value : 0;
}

interface Part {
  value: number;
  next: number;
  digits: boolean;
}

/** Units and tens after a hundred or on their own: "خمسة وعشرون", "ثلاثة عشر", "عشرون". */
function readBelowHundred(tokens: Token[], el: Element): Part | null {
  if (el.kind === 'digits') return null;
  const w = NUMBER_WORDS.get(el.stem);
  if (!w) return null;
  let k = el.idx + 1;
  if (w.kind === 'tens') return { value: w.value, next: k, digits: false };
  if (w.kind !== 'unit' && w.kind !== 'teen-only') return null;
  const teen = plainWord(tokens, k);
  if (w.value >= 1 && w.value <= 9 && teen !== undefined && TEEN_TENS.has(teen)) {
    return { value: 10 + w.value, next: k + 1, digits: false };
  }
  if (w.kind === 'teen-only') return null;
  let value = w.value;
  if (value >= 1 && value <= 9) {
    const tens = element(tokens, k, 'and');
    const tw = tens && tens.kind === 'word' ? NUMBER_WORDS.get(tens.stem) : undefined;
    if (tens && tw && tw.kind === 'tens') {
      value += tw.value;
      k = tens.idx + 1;
    }
  }
  return { value, next: k, digits: false };
}

/** A number below a thousand (or any digits): the part a scale word multiplies. */
function readGroup(tokens: Token[], el: Element): Part | null {
  if (el.kind === 'digits') return { value: el.value, next: el.idx + 1, digits: true };
  const w = NUMBER_WORDS.get(el.stem);
  if (!w) return null;
  let hundreds = 0;
  let k = el.idx + 1;
  if (w.kind === 'hundreds') hundreds = w.value;
  else if (w.kind === 'unit' && w.value >= 1 && w.value <= 9 && HUNDRED_AFTER_UNIT.has(plainWord(tokens, k) ?? '')) {
    hundreds = w.value * 100;
    k++;
  }
  if (!hundreds) return readBelowHundred(tokens, el);
  const rest = element(tokens, k, 'and');
  if (!rest || rest.kind === 'digits') return { value: hundreds, next: k, digits: false };
  const below = readBelowHundred(tokens, rest);
  if (below) return { value: hundreds + below.value, next: below.next, digits: false };
  // n2words writes 101,000 as "مائة وألف ألف": the first scale word stands for one.
  const s = SCALE_WORDS.get(rest.stem);
  if (s && s.form === 'singular' && scaleAt(tokens, rest.idx + 1) === s.value) {
    return { value: hundreds + 1, next: rest.idx + 1, digits: false };
  }
  return { value: hundreds, next: k, digits: false };
}

interface Term extends Part {
  /** The multiplier of the term: 1000 for "عشرة آلاف", 1 for "عشرة". */
  scale: number;
  /** The term's last token is a scale word. */
  endsWithScale: boolean;
}

function readTerm(tokens: Token[], el: Element): Term | null {
  let value: number;
  let scale = 1;
  let k: number;
  let digits = false;
  const s = el.kind === 'word' ? SCALE_WORDS.get(el.stem) : undefined;
  const f = el.kind === 'word' ? FRACTIONS.get(el.stem) : undefined;
  if (s) {
    // "آلاف" alone means "thousands of", not a number.
    if (s.form === 'plural') return null;
    // Starting a term, "ألفا" before the counted noun is the dual: "ألفا دولار" is 2,000.
    const dual = s.form === 'dual' || (s.form === 'singular-or-dual' && countedNounAt(tokens, el.idx + 1));
    value = dual ? 2 * s.value : s.value;
    scale = s.value;
    k = el.idx + 1;
  } else if (f !== undefined) {
    const fs = scaleAt(tokens, el.idx + 1);
    if (!fs) return null;
    value = clean(f * fs);
    scale = fs;
    k = el.idx + 2;
  } else {
    const g = readGroup(tokens, el);
    if (!g) return null;
    value = g.value;
    // "4,749 مليار" is 4.749 billion: thousands of billions would be written تريليون.
    if (el.kind === 'digits' && DECIMAL_COMMA_BEFORE_BILLION.test(el.text) && scaleAt(tokens, g.next) >= 1e9) {
      value = Number(el.text.replace(',', '.'));
    }
    digits = g.digits;
    k = g.next;
  }
  let endsWithScale = !!s || f !== undefined;
  // A scale multiplies everything read so far: "عشرة آلاف", "ألف مليون", "2.5 مليون".
  for (let sv = scaleAt(tokens, k); sv && value <= sv; sv = scaleAt(tokens, k)) {
    value = clean(value * sv);
    scale *= sv;
    endsWithScale = true;
    k++;
  }
  return { value, next: k, digits, scale, endsWithScale };
}

interface Integer extends Term {
  words: boolean;
  scaled: boolean;
}

function readInteger(tokens: Token[], first: Element): Integer | null {
  const t1 = readTerm(tokens, first);
  if (!t1) return null;
  let value = t1.value;
  let digits = t1.digits;
  let words = first.kind === 'word' || t1.scale > 1;
  let scaled = t1.scale > 1;
  let last: Term = t1;
  let k = t1.next;
  while (last.scale > 1) {
    const el = element(tokens, k, 'and');
    if (!el) break;
    const t = readTerm(tokens, el);
    if (!t) {
      const frac = el.kind === 'word' ? FRACTIONS.get(el.stem) : undefined;
      if (frac === undefined) break;
      value = clean(value + frac * last.scale);
      k = el.idx + 1;
      // "مليون ونصف المليون", "مليون ونصف مليون"
      const w = plainWord(tokens, k);
      const again = w === undefined ? undefined : SCALE_WORDS.get(w.startsWith(ARTICLE) ? w.slice(2) : w);
      if (again && again.value === last.scale) k++;
      return { value, next: k, digits, words: true, scaled, scale: last.scale, endsWithScale: false };
    }
    if (t.value >= last.scale) break;
    value += t.value;
    digits ||= t.digits;
    words ||= el.kind === 'word' || t.scale > 1;
    scaled ||= t.scale > 1;
    last = t;
    k = t.next;
  }
  return { value, next: k, digits, words, scaled, scale: last.scale, endsWithScale: last.endsWithScale };
}

/** "فاصلة" and the digits after it: leading zeros spelt صفر, then an integer. */
function readDecimal(tokens: Token[], int: Integer): Integer {
  const point = plainWord(tokens, int.next);
  if (point === undefined || !DECIMAL_POINT.has(point) || !Number.isInteger(int.value)) return int;
  let k = int.next + 1;
  let zeros = 0;
  while (plainWord(tokens, k) === ZERO) {
    zeros++;
    k++;
  }
  const el = element(tokens, k, 'plain');
  const frac = el ? readInteger(tokens, el) : null;
  if (!frac && zeros === 0) return int;
  let fracDigits = '0'.repeat(zeros);
  let multiplier = 1;
  if (frac) {
    let f = frac.value;
    // "اثنان فاصلة خمسة مليار": the scale belongs to the whole number.
    if (frac.endsWithScale && !int.scaled && frac.scale > 1 && Number.isInteger(f / frac.scale)) {
      multiplier = frac.scale;
      f /= frac.scale;
    }
    if (!Number.isInteger(f)) return int;
    fracDigits += String(f);
  }
  const exact = Number(`${int.value}.${fracDigits}`);
  const value = multiplier > 1 ? clean(exact * multiplier) : exact;
  return {
    ...int, value, next: frac ? frac.next : k, digits: int.digits || !!frac?.digits,
    scaled: int.scaled || multiplier > 1, scale: multiplier > 1 ? multiplier : int.scale,
  };
}

/** Reads the number starting at token i, with everything it was made of. */
export function readNumeral(tokens: Token[], i: number): Numeral | null {
  const first = element(tokens, i, 'first');
  if (!first) return null;
  const int = readInteger(tokens, first);
  if (!int) return null;
  const r = readDecimal(tokens, int);
  return {
    value: r.value, next: r.next, start: i, digits: r.digits, words: r.words,
    scaled: r.scaled, lastScale: r.scale,
  };
}

/** Reads the number starting at token i: its value and the index of the token after it. */
export function readNumber(tokens: Token[], i: number): { value: number; next: number } | null {
  const r = readNumeral(tokens, i);
  return r && { value: r.value, next: r.next };
}
