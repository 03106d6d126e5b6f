import type { NumberClaim, Qualifier } from '../types.ts';

/** The interval of values a figure admits, given its qualifier. */
export function interval(value: number, qualifier: Qualifier, valueMax?: number): [number, number] {
  switch (qualifier) {
    case 'more_than':
    case 'at_least':
      return [value, Infinity];
    case 'less_than':
    case 'at_most':
      // Counts start at 0; a figure that is already negative (-5 degrees) has no floor.
      return [value < 0 ? -Infinity : 0, value];
    case 'about':
      return value < 0 ? [value * 1.1, value * 0.9] : [value * 0.9, value * 1.1];
    case 'range':
      return [Math.min(value, valueMax ?? value), Math.max(value, valueMax ?? value)];
    default: {
      // Rounded figures ("5 مليار", "13.2 ألف") stand for a span of exact values.
      const slack = roundingSlack(value);
      return [value - slack, value + slack];
    }
  }
}

/**
 * Half a unit of the last significant digit of a round figure, so 13.2 ألف
 * admits 13,150–13,250; never more than 2% of the value, so "3 مليارات" is
 * not taken to cover 2.5 billion.
 */
function roundingSlack(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  const digits = String(Math.round(Math.abs(value))).replace(/0+$/, '').length;
  const total = String(Math.round(Math.abs(value))).length;
  if (total - digits < 2) return 0;
  return Math.min(Math.pow(10, total - digits) / 2, Math.abs(value) * 0.02);
}

/**
 * Two figures agree when the values they admit overlap: "أكثر من 2000" is
 * consistent with 2012, "نحو 650 ألفا" with 640,000, 2059 only with 2059.
 */
export function consistent(a: NumberClaim, b: NumberClaim): boolean {
  const [a0, a1] = interval(a.value, a.qualifier, a.valueMax);
  const [b0, b1] = interval(b.value, b.qualifier, b.valueMax);
  return a0 <= b1 && b0 <= a1;
}

/**
 * Whether two figures are close enough in size to be rival reports of one
 * count (2012 against 2122, 46 months against 44) rather than two different
 * quantities in one sentence (12 against 5,000,000).
 */
export function comparableMagnitude(a: number, b: number): boolean {
  // Of one sign only: -5 degrees against 15 may be a change against a level.
  if (a === 0 || b === 0 || a > 0 !== b > 0) return false;
  const [x, y] = [Math.abs(a), Math.abs(b)];
  const ratio = x > y ? x / y : y / x;
  return ratio <= 3;
}
