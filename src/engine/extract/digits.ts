/**
 * Numbers written in digits, after folding has turned Arabic-Indic and
 * Persian digits into ASCII and ٫ ٬ into "." and ",".
 */

/** Rounds away binary noise: 1.1 * 1e6 is 1100000.0000000002. */
export function clean(v: number): number {
  return Number(v.toPrecision(15));
}

/**
 * Digits with separators. Two or more groups of three after the first are
 * grouping ("1,200,000", "1.200.000"); a single separator is grouping only
 * before exactly three digits ("1,200") and a decimal point otherwise
 * ("13,2", "13.2"). A lone "." stays a decimal point.
 */
export function parseDigits(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const hasComma = text.includes(',');
  const hasDot = text.includes('.');
  if (hasComma && hasDot) {
    const dec = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const group = dec === ',' ? '.' : ',';
    const [intPart, frac, extra] = text.split(dec);
    if (extra !== undefined || intPart.includes(dec)) return null;
    const groups = intPart.split(group);
    if (groups.slice(1).some((g) => g.length !== 3)) return null;
    return Number(groups.join('') + '.' + frac);
  }
  const sep = hasComma ? ',' : '.';
  const parts = text.split(sep);
  if (parts.length > 2) {
    if (parts.slice(1).some((g) => g.length !== 3)) return null;
    return Number(parts.join(''));
  }
  const [a, b] = parts;
  if (sep === ',' && b.length === 3 && a.length <= 3 && a !== '0') return Number(a + b);
  return Number(a + '.' + b);
}

/**
 * The thousands reading of a number with one dot before exactly three digits,
 * or null when the shape allows no such reading. parseDigits reads "13.200"
 * as 13.2; whether it is 13,200 depends on what is counted, so the caller
 * decides (figures.ts) with this rule, checked on real Saudi and wire news:
 *
 *   more than one dot group      1.500.000 نسمة          always grouping (parseDigits)
 *   one dot, three digits, then  13.200 شخص، 2.400 منزل   grouping: people and things are
 *   a noun counted whole                                   counted whole, never 13.2
 *   … then a currency            3.750 ريال، 0.305 دينار  decimal: the riyal is pegged at 3.750,
 *                                                          Gulf dinars have 1,000 fils
 *   … then a scale word          2.500 مليون، 12.700 مليار decimal: releases keep trailing zeros;
 *                                                          2,500 million is written 2.5 مليار
 *   … then % or a measure        2.500%، 3.250 كيلوغرام   decimal
 *   … then nothing known         13.200                   decimal, as written
 *   other shapes                 13.2، 13.20، 1.2345      decimal
 *
 * A leading zero ("0.500") and more than three digits before the dot
 * ("1350.500") are never grouping.
 */
export function dotGroupedThousands(text: string): number | null {
  return /^[1-9]\d{0,2}\.\d{3}$/.test(text) ? Number(text.replace('.', '')) : null;
}
