import { foldText } from '../engine/index.ts';

/**
 * Two 32-bit lanes of a multiply-xorshift hash (cyrb53's mixing): 64 bits,
 * so 100,000 articles stay far from a birthday collision (a 32-bit hash would
 * expect about one), which would wrongly merge two articles.
 */
export function hash64(s: string, h1 = 0xdeadbeef, h2 = 0x41c6ce57): [number, number] {
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return [h1 >>> 0, h2 >>> 0];
}

function hex([a, b]: [number, number]): string {
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/** The text two copies of one article share: folded, whitespace collapsed. */
export function normalizedText(text: string): string {
  return normalizedFolded(foldText(text));
}

function normalizedFolded(folded: string): string {
  return folded.replace(/\s+/g, ' ').trim();
}

/** Hash of the normalised text: the same article twice gets the same value. */
export function textHash(text: string): string {
  return hex(hash64(normalizedText(text)));
}

/** `textHash` of a text already folded with foldText. */
export function textHashOfFolded(folded: string): string {
  return hex(hash64(normalizedFolded(folded)));
}

/**
 * A hash over a sequence of lines, extended one line at a time, so an
 * interrupted import can check that a new file starts with the same lines.
 */
export class RunningHash {
  private h: [number, number] = [0x9e3779b9, 0x85ebca6b];

  add(line: string): void {
    this.h = hash64(line + '\n', this.h[0], this.h[1]);
  }

  get value(): string {
    return hex(this.h);
  }
}
