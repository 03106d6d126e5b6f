import { describe, expect, it } from 'vitest';
import { fold, foldText, toOriginal } from '../../src/engine/normalize/fold.ts';

describe('fold', () => {
  it('unifies alef, hamza, ya, ta marbuta and Persian letters', () => {
    expect(foldText('أإآٱ')).toBe('اااا');
    expect(foldText('مستشفى')).toBe('مستشفي');
    expect(foldText('مدينة')).toBe('مدينه');
    expect(foldText('مسؤول')).toBe('مسوول');
    expect(foldText('کیف')).toBe('كيف');
  });

  it('folds Arabic-Indic and Persian digits and keeps every digit', () => {
    expect(foldText('١٢٠٠ و۱۲۰۰ و1200')).toBe('1200 و1200 و1200');
    expect(foldText('١٨٫٧')).toBe('18.7');
    expect(foldText('١٬٢٠٠')).toBe('1,200');
    expect(foldText('٪٥٠')).toBe('%50');
  });

  it('drops diacritics, tatweel, zero-width and bidi controls but keeps qualifiers and negation', () => {
    expect(foldText('أَكْثَرُ مِنْ')).toBe('اكثر من');
    expect(foldText('بـ5 مليـــار')).toBe('ب5 مليار');
    expect(foldText('لا\u200c يقل\u200f عن\u202e')).toBe('لا يقل عن');
    expect(foldText('لم يتم نحو أقل من')).toBe('لم يتم نحو اقل من');
  });

  it('gives NFD and NFC text the same folding', () => {
    const nfc = 'أكثر من مئة إصابة';
    expect(foldText(nfc.normalize('NFD'))).toBe(foldText(nfc));
  });

  it('maps every folded span back to the original characters', () => {
    const original = 'قال المُتَحَدِّث إنّ ١٬٢٠٠ جُندي';
    const f = fold(original);
    const at = f.text.indexOf('1,200');
    const span = toOriginal(f, at, at + 5);
    expect(original.slice(span.start, span.end)).toBe('١٬٢٠٠');
    const word = f.text.indexOf('المتحدث');
    const wspan = toOriginal(f, word, word + 'المتحدث'.length);
    expect(original.slice(wspan.start, wspan.end)).toBe('المُتَحَدِّث');
  });

  it('expands ligatures while keeping offsets on the original character', () => {
    const f = fold('\uFEFBعب');
    expect(f.text).toBe('لاعب');
    expect(toOriginal(f, 0, 2)).toEqual({ start: 0, end: 1 });
  });

  it('replaces lone surrogates but keeps emoji pairs and lengths consistent', () => {
    const f = fold('a\uD800b😀c');
    expect(f.text).toBe('a\uFFFDb😀c');
    expect(f.start.length).toBe(f.text.length);
    expect(toOriginal(f, 3, 5)).toEqual({ start: 3, end: 5 });
  });

  it('handles empty text and a megabyte of text', () => {
    expect(fold('').text).toBe('');
    const big = 'أكثر من ١٢٠٠ جندي. '.repeat(60000);
    const f = fold(big);
    expect(f.text.length).toBe(big.length);
    expect(toOriginal(f, f.text.length - 6, f.text.length - 2)).toEqual({ start: big.length - 6, end: big.length - 2 });
  });
});
