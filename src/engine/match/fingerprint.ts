import { fnv1a } from '../keys/hash.ts';
import { contentWords } from '../keys/words.ts';
import { foldText } from '../normalize/fold.ts';

const PERMUTATIONS = 32;
const SHINGLE = 4;
const SEEDS = Array.from({ length: PERMUTATIONS }, (_, i) => (0x9e3779b1 * (i + 1)) >>> 0);

/**
 * MinHash signature of an article's four-word shingles. Two wire copies with
 * a changed headline or dateline keep most shingles, so the share of equal
 * signature slots estimates how much text they share.
 */
export function fingerprint(text: string): number[] {
  return fingerprintOfFolded(foldText(text));
}

/** FNV-1a of `words[from..to)` joined by spaces, without joining them. */
function shingleHash(words: string[], from: number, to: number): number {
  let h = fnv1a('');
  for (let j = from; j < to; j++) {
    if (j > from) h = Math.imul(h ^ 0x20, 0x01000193);
    const w = words[j];
    for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
  }
  return h >>> 0;
}

/** The fingerprint of an already folded text (an article folded once for its hash and its fingerprint). */
export function fingerprintOfFolded(folded: string): number[] {
  const words = contentWords(folded);
  const sig = new Array<number>(PERMUTATIONS).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) {
    const h = shingleHash(words, i, Math.min(words.length, i + SHINGLE));
    for (let p = 0; p < PERMUTATIONS; p++) {
      const v = (Math.imul(h ^ SEEDS[p], 0x85ebca6b) ^ (h >>> 13)) >>> 0;
      if (v < sig[p]) sig[p] = v;
    }
  }
  return sig;
}

/** Estimated share of shingles two articles have in common (0..1). */
export function similarity(a: number[] | undefined, b: number[] | undefined): number {
  if (!a || !b || a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** Above this estimated overlap two articles are copies of one story. */
export const COPY_THRESHOLD = 0.6;
