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
