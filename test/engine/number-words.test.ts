import { describe, expect, it } from 'vitest';
import { fold } from '../../src/engine/normalize/fold.ts';
import { tokenize } from '../../src/engine/segment/tokens.ts';
import { parseDigits } from '../../src/engine/extract/digits.ts';
import { readNumber, readNumeral } from '../../src/engine/extract/number-words.ts';

/** Reads the number at the start of `text`, the way the pipeline sees it (folded, tokenized). */
function read(text: string) {
  return readNumber(tokenize(fold(text).text), 0);
}

/** The value read from the start of `text`. */
function valueOf(text: string): number | undefined {
  return read(text)?.value;
}

describe('parseDigits', () => {
  it('reads grouping commas and decimal points', () => {
    expect(parseDigits('1200')).toBe(1200);
    expect(parseDigits('1,200')).toBe(1200);
    expect(parseDigits('1,200,000')).toBe(1200000);
    expect(parseDigits('1.200.000')).toBe(1200000);
    expect(parseDigits('13.2')).toBe(13.2);
    expect(parseDigits('1,234.5')).toBe(1234.5);
    expect(parseDigits('1.234,5')).toBe(1234.5);
  });

  it('reads a comma before one, two or four digits as a decimal comma', () => {
    expect(parseDigits('13,2')).toBe(13.2);
    expect(parseDigits('2,86')).toBe(2.86);
    expect(parseDigits('0,5')).toBe(0.5);
    expect(parseDigits('1,2345')).toBe(1.2345);
  });

  it('refuses dates and lists written with separators', () => {
    expect(parseDigits('15.3.2020')).toBeNull();
    expect(parseDigits('1,2,3')).toBeNull();
  });
});

describe('readNumber: digits', () => {
  it('reads digits in all three scripts', () => {
    expect(valueOf('1200 فرد')).toBe(1200);
    expect(valueOf('١٢٠٠ فرد')).toBe(1200);
    expect(valueOf('۱۲۰۰ فرد')).toBe(1200);
    expect(valueOf('١٬٢٠٠ فرد')).toBe(1200);
    expect(valueOf('١٣٫٢ ألف')).toBe(13200);
  });

  it('tells "13,2 ألف" (13.2 thousand) from "1,200" (1200)', () => {
    expect(valueOf('13,2 ألف ريال')).toBe(13200);
    expect(valueOf('13.2 ألف ريال')).toBe(13200);
    expect(valueOf('1,200 جندي')).toBe(1200);
  });

  it('multiplies digits by a scale word', () => {
    expect(valueOf('5 مليار دولار')).toBe(5e9);
    expect(valueOf('2.5 مليون نسمة')).toBe(2.5e6);
    expect(valueOf('1.1 مليون')).toBe(1.1e6);
    expect(valueOf('10 آلاف مقاتل')).toBe(1e4);
    expect(valueOf('٣ ملايين')).toBe(3e6);
    expect(valueOf('1500 مليون دولار')).toBe(1.5e9);
    expect(valueOf('2.8 تريليون ريال')).toBe(2.8e12);
  });

  it('reads "4,749 مليار" as 4.749 billion, not 4.7 trillion', () => {
    expect(valueOf('4,749 مليار درهم')).toBe(4.749e9);
    expect(valueOf('4,749 مليون درهم')).toBe(4.749e9);
  });

  it('reads a detached clitic before digits and reports where the number starts', () => {
    const tokens = tokenize(fold('بـ5 مليار دولار').text);
    expect(readNumeral(tokens, 0)).toMatchObject({ value: 5e9, start: 0, next: 3, digits: true, scaled: true });
    expect(valueOf('بـ 5 مليارات')).toBe(5e9);
    expect(valueOf('لـ١٢٠٠ شخص')).toBe(1200);
  });

  it('joins digits and scales with و: "مليون و200 ألف", "3 مليارات و200 مليون"', () => {
    expect(valueOf('مليون و200 ألف')).toBe(1.2e6);
    expect(valueOf('3 مليارات و200 مليون دولار')).toBe(3.2e9);
    expect(valueOf('ألفين و500 شخص')).toBe(2500);
  });

  it('keeps "10 و20" as two numbers', () => {
    expect(read('10 و20')).toEqual({ value: 10, next: 1 });
  });
});

describe('readNumber: words', () => {
  it('reads units, teens, tens and hundreds in both spellings', () => {
    expect(valueOf('ثلاثة')).toBe(3);
    expect(valueOf('ثلاث')).toBe(3);
    expect(valueOf('أحد عشر')).toBe(11);
    expect(valueOf('إحدى عشرة')).toBe(11);
    expect(valueOf('اثنا عشر')).toBe(12);
    expect(valueOf('ثلاث عشرة')).toBe(13);
    expect(valueOf('خمسة وعشرون')).toBe(25);
    expect(valueOf('عشرين')).toBe(20);
    expect(valueOf('مئة')).toBe(100);
    expect(valueOf('مائة')).toBe(100);
    expect(valueOf('مئتان')).toBe(200);
    expect(valueOf('مائتين')).toBe(200);
    expect(valueOf('ثلاثمئة')).toBe(300);
    expect(valueOf('ثلاثمائة')).toBe(300);
    expect(valueOf('ثلاث مئة')).toBe(300);
    expect(valueOf('ثمانمائة وستة وسبعون')).toBe(876);
  });

  it('reads scales, their duals, plurals and case endings', () => {
    expect(valueOf('ألف')).toBe(1000);
    expect(valueOf('ألفان')).toBe(2000);
    expect(valueOf('ألفين')).toBe(2000);
    expect(valueOf('ثلاثة آلاف')).toBe(3000);
    expect(valueOf('خمسة وعشرون ألفاً')).toBe(25000);
    expect(valueOf('مليونان')).toBe(2e6);
    expect(valueOf('مليونين')).toBe(2e6);
    expect(valueOf('عشرة ملايين')).toBe(1e7);
    expect(valueOf('خمسة مليارات')).toBe(5e9);
    expect(valueOf('ملياري دولار')).toBe(2e9);
    expect(valueOf('تريليون')).toBe(1e12);
    expect(valueOf('مئتا ألف')).toBe(2e5);
    expect(valueOf('ألف مليون')).toBe(1e9);
  });

  it('reads compounds joined with و', () => {
    expect(valueOf('ألف ومئتان')).toBe(1200);
    expect(valueOf('ألف و مئتان')).toBe(1200);
    expect(valueOf('مليون ومئتا ألف')).toBe(1.2e6);
    expect(valueOf('ثلاثة آلاف وخمسمائة')).toBe(3500);
    expect(valueOf('مئة وخمسة وعشرون ألفاً وثلاثمائة')).toBe(125300);
  });

  it('reads attached clitics on the first word', () => {
    expect(valueOf('بخمسة مليارات دولار')).toBe(5e9);
    expect(valueOf('وعشرون')).toBe(20);
    expect(valueOf('لثلاثة أيام')).toBe(3);
    expect(valueOf('فأربعة')).toBe(4);
    expect(valueOf('كألف')).toBe(1000);
    expect(valueOf('وبخمسمائة')).toBe(500);
  });

  it('reads halves, quarters and thirds next to a scale', () => {
    expect(valueOf('مليون ونصف')).toBe(1.5e6);
    expect(valueOf('مليون ونصف المليون')).toBe(1.5e6);
    expect(read('مليون ونصف مليون دولار')).toEqual({ value: 1.5e6, next: 3 });
    expect(valueOf('ربع مليون')).toBe(2.5e5);
    expect(valueOf('نصف مليار')).toBe(5e8);
    expect(valueOf('ثلاثة ملايين ونصف')).toBe(3.5e6);
    expect(valueOf('مليار وربع')).toBe(1.25e9);
    expect(valueOf('ألف ونصف')).toBe(1500);
  });

  it('reads a spelt-out decimal point', () => {
    expect(valueOf('ثلاثة عشر فاصلة اثنان')).toBe(13.2);
    expect(valueOf('صفر فاصلة صفر خمسة')).toBe(0.05);
    expect(valueOf('اثنان فاصلة خمسة مليار')).toBe(2.5e9);
  });

  it('stops where the number ends', () => {
    expect(read('خمسة قتلى وعشرة جرحى')).toEqual({ value: 5, next: 1 });
    expect(read('خمسة وعشرة')).toEqual({ value: 5, next: 1 });
    expect(read('ألف و2000')).toEqual({ value: 1000, next: 1 });
    expect(read('مليون ومليونين')).toEqual({ value: 1e6, next: 1 });
    expect(read('عشرون وثلاثون')).toEqual({ value: 20, next: 1 });
  });

  it('does not read words that only look like numbers', () => {
    expect(read('أحد المسؤولين')).toBeNull();
    expect(read('إحدى الدول')).toBeNull();
    expect(read('آلاف المقاتلين')).toBeNull();
    expect(read('ملايين الدولارات')).toBeNull();
    expect(read('نصف السكان')).toBeNull();
    expect(read('لست متأكدا')).toBeNull();
    expect(read('كمية كبيرة')).toBeNull();
    expect(read('الخمسة')).toBeNull();
    expect(read('فاصلة')).toBeNull();
  });
});
