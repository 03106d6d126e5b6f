/**
 * Figures: a number with what it counts and how it is hedged, e.g.
 * "أكثر من 1200 من قوات التحالف" → more_than 1200 troops.
 *
 *   [qualifier | بين/من] [sign] number [و/إلى/- number] [unit [adjective]] [تحت الصفر] [after-qualifier]
 *
 * "من 10 إلى 20" after a verb of change is two figures, the old value and the
 * new (figure-change.ts); signs are read in figure-sign.ts, and whether
 * "13.200" is 13,200 depends on the unit (digits.ts).
 *
 * Years, dates, times, labels and models are dropped (figure-guards.ts), and
 * a small number in words with nothing counted ("أحد", "ثلاثة") is not a
 * figure: it is far more often a pronoun-like use than a claim.
 */
import type { Token } from '../segment/tokens.ts';
import type { Qualifier } from '../types.ts';
import { withoutArticle } from '../normalize/clitics.ts';
import { foldText } from '../normalize/fold.ts';
import { SIGNED_UNITS, UNIT_FORMS, WHOLE_COUNT_UNITS } from '../lexicon/units.ts';
import { dotGroupedThousands } from './digits.ts';
import { readNumeral, type Numeral } from './number-words.ts';
import { dashRangeAt, isNotQuantity, looksLikeYear, wrapping } from './figure-guards.ts';
import { belowZeroAt, minusBefore } from './figure-sign.ts';
import { isWord, qualifierAfter, qualifierBefore, rangeEnd, rangeOpener, word } from './figure-hedges.ts';
import { changeBefore } from './figure-change.ts';
import { MINUS_WORDS } from '../lexicon/number-signs.ts';
import { dualAt, partitiveAfter, signBefore, unitAfter } from './figure-units.ts';

export interface Figure {
  /** Folded offsets: the span covers the qualifier, the number and the unit noun. */
  start: number;
  end: number;
  value: number;
  /** Upper bound of a range ("بين 10 و20": value 10, valueMax 20). */
  valueMax?: number;
  /** Canonical unit class ('USD', 'troops', 'day', 'percent' …) or '' when unknown. */
  unit: string;
  qualifier: Qualifier;
}

const AND = 'و';
const HALF = foldText('نصف');
const COUNT = foldText('عدد');
const NAME_LINKS: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'أبو', 'أبي', 'آل', 'أم'].map(foldText));
/** How far back "عدد القتلى … 100" may name what a bare number counts. */
const COUNT_WINDOW = 5;

/** "بلغ عدد القتلى 100": the counted noun named a few words before a bare number. */
function countedBefore(tokens: Token[], start: number): string {
  for (let k = start - 1; k >= 1 && k >= start - COUNT_WINDOW; k--) {
    const t = tokens[k];
    if (t.type !== 'word') return '';
    if (!isWord(word(tokens, k - 1), COUNT, true)) continue;
    const forms = UNIT_FORMS.get(withoutArticle(t.text) ?? t.text);
    const form = forms?.find((f) => !f.then);
    if (form) return form.unit;
  }
  return '';
}

interface Built {
  figure: Figure | null;
  /** The old value of a change ("ارتفع من 10 إلى 20"), reported before the new one in `figure`. */
  from?: Figure;
  /** Index of the first token not consumed. */
  next: number;
}

/** How a number is hedged, where the figure starts, and the numbers it is made of. */
interface Hedge {
  qualifier: Qualifier;
  startTok: number;
  /** The number itself, or the lower end of a range as written first. */
  first: Numeral;
  /** The other end of a range. */
  second?: Numeral;
  /** The number the unit follows: the second end of a range, else the number itself. */
  counted: Numeral;
  /** A minus before the first or second number ("-5", "سالب 5"). */
  minusFirst: boolean;
  minusSecond: boolean;
  /**
   * "ارتفع عدد القتلى من 10 إلى 20": the ends are an old value and a new one.
   * The figure is then the new value; the old one starts at `fromStart`.
   */
  change?: { fromStart: number; openerStart: number };
}

/** Reads a range ("بين 10 و20") or a qualifier before the number; null when the number is a date or year. */
function hedgeOf(folded: string, tokens: Token[], r: Numeral, startTok: number): Hedge | null {
  // "-5 درجات", "سالب 5": the sign belongs to the figure, and any qualifier or opener comes before it.
  const minus = startTok === r.start ? minusBefore(folded, tokens, r) : -1;
  const minusFirst = minus >= 0;
  if (minusFirst) startTok = minus;
  const opener = rangeOpener(tokens, startTok);
  const second = opener ? rangeEnd(tokens, r, opener.kind) : null;
  if (opener && second) {
    const change = opener.kind === 'from' && changeBefore(tokens, opener.start);
    // "من 2015 إلى 2,650 مليون درهم": a year, then an amount read on its own; but after a
    // verb of change, "من 2000 إلى 300 ريال" is an old amount of the same size as the new.
    const sameSize = change && r.value <= second.value * 10 && second.value <= r.value * 10;
    if (looksLikeYear(tokens, r) && !looksLikeYear(tokens, second) && !sameSize) return null;
    // "بين 5 و13 تشرين الأول": when the upper end is a date, so is the lower one.
    if (isNotQuantity(folded, tokens, second)) return null;
    const minus2 = minusBefore(folded, tokens, second);
    const minusSecond = minus2 >= 0;
    if (change) {
      return {
        qualifier: 'exact', startTok: minusSecond ? minus2 : second.start, first: r, second, counted: second,
        minusFirst, minusSecond, change: { fromStart: startTok, openerStart: opener.start },
      };
    }
    return { qualifier: 'range', startTok: opener.start, first: r, second, counted: second, minusFirst, minusSecond };
  }
  // "10-20 شخصا": a hyphen between two numbers and a counted noun after them.
  if (dashRangeAt(tokens, r.next - 1)) {
    const dashed = readNumeral(tokens, r.next + 1);
    if (dashed) return { qualifier: 'range', startTok, first: r, second: dashed, counted: dashed, minusFirst, minusSecond: false };
  }
  const q = qualifierBefore(tokens, startTok);
  return { qualifier: q ? q.qualifier : 'exact', startTok: q ? q.start : startTok, first: r, counted: r, minusFirst, minusSecond: false };
}

/** A number's size once its unit is known: "13.200 شخص" is 13,200 (see dotGroupedThousands). */
function sizeIn(tokens: Token[], n: Numeral, unit: string): number {
  if (n.words || n.scaled || !WHOLE_COUNT_UNITS.has(unit)) return n.value;
  return dotGroupedThousands(tokens[n.next - 1].text) ?? n.value;
}

/** Temperatures, rates, points and money may be negative; counts of people or days never are. */
const mayBeNegative = (unit: string) => unit === '' || SIGNED_UNITS.has(unit);

/**
 * The value (and upper bound of a range, or old value of a change) of a
 * hedged number counting `unit`; `belowZero` when "تحت الصفر" follows.
 */
function valuesOf(tokens: Token[], h: Hedge, unit: string, belowZero = false): { value: number; valueMax?: number; from?: number } {
  const signed = mayBeNegative(unit);
  const sign = (v: number, minus: boolean) => (signed && (minus || belowZero) ? -Math.abs(v) : v);
  let size = sizeIn(tokens, h.first, unit);
  if (!h.second) return { value: sign(size, h.minusFirst) };
  const other = sizeIn(tokens, h.second, unit);
  if (h.change) {
    // "قفزت من 5 إلى 10 ملايين", "هبطت من 10 إلى 5 ملايين": a bare old value takes the
    // scale of the new one when that keeps the two within a factor of ten.
    const scaled = size * h.second.lastScale;
    if (!h.first.scaled && h.second.lastScale > 1 && scaled <= other * 10 && other <= scaled * 10) size = scaled;
    return { value: sign(other, h.minusSecond), from: sign(size, h.minusFirst) };
  }
  // "بين 5 و10 ملايين": the scale of the second number applies to the first.
  if (!h.first.scaled && h.second.lastScale > 1 && size * h.second.lastScale <= other) size *= h.second.lastScale;
  const a = sign(size, h.minusFirst);
  const b = sign(other, h.minusSecond);
  return { value: Math.min(a, b), valueMax: Math.max(a, b) };
}

/** "عدد (5) أشخاص", "قتل «14» جنديا": a wrapped number whose noun follows the closing mark. */
function wrappedFigure(tokens: Token[], r: Numeral): Built | null {
  const wrapped = wrapping(tokens, r);
  if (!wrapped) return null;
  const u = unitAfter(tokens, r.next + 1);
  if (!u) return wrapped === 'bracket' ? { figure: null, next: r.next } : null;
  const q = qualifierBefore(tokens, r.start - 1);
  const start = tokens[q ? q.start : r.start - 1].start;
  return {
    figure: { start, end: tokens[u.next - 1].end, value: sizeIn(tokens, r, u.unit), unit: u.unit, qualifier: q ? q.qualifier : 'exact' },
    next: u.next,
  };
}

function build(folded: string, tokens: Token[], r: Numeral): Built {
  const skip = { figure: null, next: r.next };
  if (isNotQuantity(folded, tokens, r)) return skip;
  const wrapped = wrappedFigure(tokens, r);
  if (wrapped) return wrapped;

  // "$5", "%20": a sign glued before the digits.
  let unit = '';
  let startTok = r.start;
  const sign = signBefore(tokens, r.start);
  if (sign && tokens[r.start - 1].end === tokens[r.start].start) {
    unit = sign;
    startTok = r.start - 1;
  }
  const hedge = hedgeOf(folded, tokens, r, startTok);
  if (!hedge) return skip;
  let { qualifier } = hedge;
  const { counted } = hedge;
  let end = counted.next;

  let partitiveUnknown = false;
  if (!unit) {
    const direct = unitAfter(tokens, end);
    const partitive = direct ? null : partitiveAfter(tokens, end);
    const u = direct ?? (partitive?.known ? partitive : null);
    if (u) {
      unit = u.unit;
      end = u.next;
    }
    // "ثلاثة من الضيوف": an unknown noun, but still a count of something.
    partitiveUnknown = !!partitive && !partitive.known;
  }
  // "ثلاث سنوات ونصف", "ساعة ونصف"; after a scale the half is of the scale: "ملياري دولار ونصف" is 2.5e9.
  const w = word(tokens, end);
  let half = 0;
  if (unit && qualifier !== 'range' && (w === AND + HALF || (w === AND && word(tokens, end + 1) === HALF))) {
    half = counted.lastScale > 1 ? counted.lastScale / 2 : 0.5;
    end += w === AND ? 2 : 1;
  }
  // "5 درجات تحت الصفر"
  const belowZero = belowZeroAt(tokens, end);
  if (belowZero >= 0 && mayBeNegative(unit)) end = belowZero;
  if (qualifier === 'exact') {
    const after = qualifierAfter(tokens, end);
    if (after) {
      qualifier = after.qualifier;
      end = after.next;
    }
  }

  // A small number in words with nothing counted is not a claim: "ثلاثة", "أحد".
  if (!counted.digits && !counted.scaled && !r.digits && !r.scaled && !unit) {
    const value = valuesOf(tokens, hedge, unit).value;
    const keep = value >= 11 || (value >= 3 && (qualifier !== 'exact' || partitiveUnknown));
    if (!keep) return skip;
  }
  // "في 2019", "حتى 2030", "بين 2014 و2016": years, not counts.
  const yearish = qualifier === 'exact' || qualifier === 'at_most' || qualifier === 'range';
  if (!unit && yearish && looksLikeYear(tokens, counted) && (qualifier !== 'range' || looksLikeYear(tokens, r))) {
    return { figure: null, next: end };
  }
  if (!unit) unit = countedBefore(tokens, hedge.change?.openerStart ?? hedge.startTok);

  const { value, valueMax, from } = valuesOf(tokens, hedge, unit, belowZero >= 0 && end >= belowZero);
  const figure: Figure = { start: tokens[hedge.startTok].start, end: tokens[end - 1].end, value: value + half, unit, qualifier };
  if (valueMax !== undefined) figure.valueMax = valueMax;
  if (!hedge.change || from === undefined) return { figure, next: end };
  // "من 5% إلى 7%": the old value may carry its own unit word.
  const fromEnd = unitAfter(tokens, r.next)?.next ?? r.next;
  const old: Figure = { start: tokens[hedge.change.fromStart].start, end: tokens[fromEnd - 1].end, value: from, unit, qualifier: 'exact' };
  return { figure, from: old, next: end };
}

/** A dual noun alone ("لمدة يومين") is a figure of two. */
function dualFigure(tokens: Token[], k: number): Built | null {
  // "حسين بن فردان": a family name that happens to be spelt like a dual.
  const before = word(tokens, k - 1);
  if (before !== undefined && NAME_LINKS.has(before)) return null;
  const u = dualAt(tokens, k);
  if (!u) return null;
  const signed = mayBeNegative(u.unit);
  // "ناقص نقطتين", "درجتين تحت الصفر"
  const minus = signed && before !== undefined && MINUS_WORDS.has(before);
  const first = minus ? k - 1 : k;
  let end = u.next;
  const belowZero = signed ? belowZeroAt(tokens, end) : -1;
  if (belowZero >= 0) end = belowZero;
  const q = qualifierBefore(tokens, first);
  let qualifier: Qualifier = q ? q.qualifier : 'exact';
  if (!q) {
    const after = qualifierAfter(tokens, end);
    if (after) {
      qualifier = after.qualifier;
      end = after.next;
    }
  }
  const start = q ? q.start : first;
  const value = minus || belowZero >= 0 ? -2 : 2;
  return { figure: { start: tokens[start].start, end: tokens[end - 1].end, value, unit: u.unit, qualifier }, next: end };
}

/**
 * Every figure in `tokens` (tokens of `folded`, with folded offsets).
 * Spans are folded offsets; callers map them back with the fold maps.
 */
export function extractFigures(folded: string, tokens: Token[]): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (t.type === 'punct') {
      i++;
      continue;
    }
    const r = readNumeral(tokens, i);
    const built = r ? build(folded, tokens, r) : t.type === 'word' ? dualFigure(tokens, i) : null;
    if (built?.from) out.push(built.from);
    if (built?.figure) out.push(built.figure);
    i = built ? Math.max(built.next, i + 1) : i + 1;
  }
  return out;
}
