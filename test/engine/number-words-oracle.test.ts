/**
 * An independent oracle for the number reader: n2words writes random numbers
 * as Arabic words, and readNumber must read every one back exactly, through
 * fold() and tokenize() as the real pipeline does.
 */
import { describe, expect, it } from 'vitest';
import { toCardinal } from 'n2words/ar-SA';
import { fold } from '../../src/engine/normalize/fold.ts';
import { tokenize } from '../../src/engine/segment/tokens.ts';
import { readNumber } from '../../src/engine/extract/number-words.ts';

/** mulberry32: a small seeded PRNG, so every run checks the same numbers. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random integers from 0 to 10^12, spread evenly over their number of digits. */
function integers(rand: () => number, n: number): number[] {
  const out: number[] = [0, 1, 2, 10, 11, 12, 100, 101, 200, 1000, 1001, 2000, 101000, 1e6, 2e6, 1e9, 1e12];
  while (out.length < n) out.push(Math.floor(rand() * 10 ** (1 + Math.floor(rand() * 12))));
  return out;
}

/** Decimals as strings ("13.2", "0.05"): the fraction has leading zeros at times, never trailing ones. */
function decimals(rand: () => number, n: number): string[] {
  const out: string[] = ['13.2', '0.5', '0.05', '3.14159', '2.5'];
  while (out.length < n) {
    const int = Math.floor(rand() * 10 ** Math.floor(rand() * 13));
    const digits = 1 + Math.floor(rand() * 6);
    const frac = String(Math.floor(rand() * 10 ** digits)).padStart(digits, '0').replace(/0+$/, '');
    if (frac) out.push(`${int}.${frac}`);
  }
  return out;
}

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const indic = (s: string) => s.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]).replace('.', '٫');
/** Thousands grouped with the Arabic separator: 1234567 → ١٬٢٣٤٬٥٦٧. */
const grouped = (n: number) => indic(String(n).replace(/\B(?=(\d{3})+$)/g, '٬'));

const CLITICS = ['بـ', 'و', 'ل', 'ك', 'ف'];

/** Reads `text` and returns the value if the whole text was one number, else a description of what went wrong. */
function readWhole(text: string): number | string {
  const tokens = tokenize(fold(text).text);
  const r = readNumber(tokens, 0);
  if (!r) return `null for «${text}»`;
  if (r.next !== tokens.length) return `stopped at token ${r.next} of ${tokens.length} in «${text}» (value ${r.value})`;
  return r.value;
}

function failures(cases: [string, number][]): string[] {
  const bad: string[] = [];
  for (const [text, expected] of cases) {
    const got = readWhole(text);
    if (got !== expected) bad.push(`${text} → ${got}, expected ${expected}`);
  }
  return bad;
}

describe('readNumber against n2words (ar-SA)', () => {
  it('exports toCardinal and writes the forms the reader expects', () => {
    expect(toCardinal(1200)).toBe('ألف ومئتان');
    expect(toCardinal(5e9)).toBe('خمسة مليارات');
  });

  it('reads back 3,000 random integers up to 10^12, masculine and feminine', () => {
    const rand = prng(20240611);
    const cases: [string, number][] = integers(rand, 3000).map((v, i) => [
      toCardinal(v, { gender: i % 3 === 0 ? 'feminine' : 'masculine' }), v,
    ]);
    expect(failures(cases)).toEqual([]);
  });

  it('reads back 1,000 random decimals written with فاصلة', () => {
    const rand = prng(7);
    const cases: [string, number][] = decimals(rand, 1000).map((s) => [toCardinal(s), Number(s)]);
    expect(failures(cases)).toEqual([]);
  });

  it('reads back 1,500 numbers with a clitic on the first word (بـ و ل ك ف)', () => {
    const rand = prng(99);
    const values = integers(rand, 1500);
    const cases: [string, number][] = values.map((v, i) => [CLITICS[i % CLITICS.length] + toCardinal(v), v]);
    expect(failures(cases)).toEqual([]);
  });

  it('reads the same numbers in Arabic-Indic digits, grouped or not, with or without a clitic', () => {
    const rand = prng(3);
    const cases: [string, number][] = [];
    for (const v of integers(rand, 1000)) {
      cases.push([indic(String(v)), v], [grouped(v), v], ['بـ' + grouped(v), v]);
    }
    for (const s of decimals(rand, 300)) cases.push([indic(s), Number(s)], ['بـ' + indic(s), Number(s)]);
    expect(failures(cases)).toEqual([]);
  });

  it('reads digits followed by the scale word n2words gives for the rest', () => {
    const rand = prng(11);
    const cases: [string, number][] = [];
    for (let i = 0; i < 500; i++) {
      const small = 3 + Math.floor(rand() * 997);
      const scale = [1e3, 1e6, 1e9][i % 3];
      // n2words names the scale of a bare power: "ألف", "مليون", "مليار".
      cases.push([`${indic(String(small))} ${toCardinal(scale)}`, small * scale]);
    }
    expect(failures(cases)).toEqual([]);
  });
});
