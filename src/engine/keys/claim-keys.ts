import { fnv1a } from './hash.ts';
import { contentWords } from './words.ts';

/** Rounds away binary noise so 2.5 مليون and 2500000 give one key. */
export function canonicalValue(value: number): number {
  return Number(value.toPrecision(12));
}

/** Key of a figure: the counted thing and the amount ("num:USD:5000000000"). */
export function numberKey(unit: string, value: number): string {
  return `num:${unit || '?'}:${canonicalValue(value)}`;
}

/** Words of a quotation as compared across outlets: punctuation and clitic spelling removed. */
export function quoteWords(innerFolded: string): string[] {
  return contentWords(innerFolded);
}

/** Key of a quotation: its first few content words, enough to tell quotations apart. */
export function quoteKey(innerFolded: string): string {
  return `quote:${fnv1a(quoteWords(innerFolded).slice(0, 6).join(' ')).toString(36)}`;
}

/**
 * Keys that let a trimmed or re-punctuated copy of a quotation find the
 * original: hashes of three-word shingles, sampled by hash value so every
 * article samples the same shingles (a quarter of them on average, and at
 * least the first one so short quotes still get a key).
 */
export function quoteShingleKeys(innerFolded: string): string[] {
  const words = quoteWords(innerFolded);
  const out = new Set<string>();
  for (let i = 0; i + 3 <= words.length; i++) {
    const h = fnv1a(words.slice(i, i + 3).join(' '));
    if (h % 4 === 0) out.add(`qs:${h.toString(36)}`);
  }
  if (out.size === 0 && words.length >= 3) out.add(`qs:${fnv1a(words.slice(0, 3).join(' ')).toString(36)}`);
  return [...out];
}
