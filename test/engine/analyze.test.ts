import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeBlocks, analyzeText, type Analysis } from '../../src/engine/index.ts';

function expectOffsetsExact(a: Analysis) {
  for (const c of a.claims) expect(a.text.slice(c.start, c.end)).toBe(c.text);
  for (const s of a.sentences) expect(a.text.slice(s.start, s.end)).toBe(s.text);
}

describe('analyzeText on bad and unusual input', () => {
  it('returns nothing for empty or blank text', () => {
    expect(analyzeText('').claims).toEqual([]);
    expect(analyzeText('\n \u200f\u200e\n').claims).toEqual([]);
  });

  it('finds no Arabic claims in text with no Arabic, and does not invent any', () => {
    const a = analyzeText('The F-16 arrived in 2014. Call +1 202 555 0100.');
    expect(a.claims.filter((c) => c.kind === 'number')).toEqual([]);
  });

  it('reads figures through bidi controls, zero-width joiners and Persian digits, with exact offsets', () => {
    const text = 'قال المتحدث إن \u202b١٬٢٠٠\u202c جندي\u200d غادروا، وإن ۳۵۰ آخرين باقون بتكلفة ٣\u200f مليارات دولار.';
    const a = analyzeText(text);
    const figures = a.claims.filter((c) => c.kind === 'number');
    expect(figures.map((f) => f.kind === 'number' && f.value)).toEqual(expect.arrayContaining([1200, 350, 3e9]));
    expectOffsetsExact(a);
  });

  it('gives NFD and NFC text the same claims', () => {
    const nfc = 'أعلنت الأمم المتحدة أن أكثر من ألفي شخص نزحوا إلى إربد.';
    const keys = (s: string) => analyzeText(s).claims.map((c) => c.key);
    expect(keys(nfc.normalize('NFD'))).toEqual(keys(nfc));
  });

  it('survives lone surrogates and emoji sequences', () => {
    const text = 'قتل 12 شخصا \uD800 في الهجوم 👨‍👩‍👧 وأصيب \uDC00 30 آخرون.';
    const a = analyzeText(text);
    expect(a.claims.some((c) => c.kind === 'number' && c.value === 12)).toBe(true);
    expectOffsetsExact(a);
  });

  it('analyses a megabyte of text with exact offsets', () => {
    // Seed 002 has no comment-form tail, after which a page is never article text.
    const seed = readFileSync('seeds/002_29cc5db1466c1fe5.txt', 'utf8');
    let big = '';
    while (big.length < 1_000_000) big += seed + '\n';
    const a = analyzeText(big);
    expect(a.claims.length).toBeGreaterThan(1000);
    expectOffsetsExact(a);
  });

  it('analyses one 1 MB paragraph without a line break', () => {
    const para = 'وأضاف أن القوات أرسلت 1200 جندي إلى الموصل، '.repeat(25000);
    const a = analyzeText(para);
    expect(a.claims.filter((c) => c.kind === 'number').length).toBeGreaterThan(1000);
  });
});

describe('analyzeBlocks', () => {
  it('keeps claims split across inline markup whole when blocks are joined per paragraph', () => {
    const a = analyzeBlocks(['وكشف أن التحالف شارك بخمسة مليارات دولار في الدعم العسكري.'], 'التحالف يدعم العراق');
    const figure = a.claims.find((c) => c.kind === 'number');
    expect(figure?.text).toBe('بخمسة مليارات دولار');
    expectOffsetsExact(a);
  });
});
