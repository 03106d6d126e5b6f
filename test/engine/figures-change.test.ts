/**
 * "من 10 إلى 20" after a verb of change ("ارتفع عدد القتلى من 10 إلى 20")
 * is two figures, the old value and the new one; read as a range it would
 * make "20 قتيلا" elsewhere look like an estimate between 10 and 20, and
 * "10" look like a conflict with nothing. Without such a verb it stays a
 * range ("تتراوح الأسعار من 10 إلى 20 دولارا", "قتل من 10 إلى 20 شخصا").
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './figure-helpers.ts';

/** [span, value, unit] of each figure. */
const brief = (text: string) => figuresOf(text).map((f) => [f.text, f.value, f.unit, f.qualifier, f.valueMax]);

describe('a change from one value to another is two figures', () => {
  it.each([
    ['وارتفع عدد القتلى من 10 إلى 20 قتيلا', [['10', 10, 'killed'], ['20 قتيلا', 20, 'killed']]],
    ['وارتفعت نسبة البطالة من 5% إلى 7% خلال عام', [['5%', 5, 'percent'], ['7%', 7, 'percent']]],
    ['وانخفض عدد الزوار من 300 ألف إلى 200 ألف زائر', [['300 ألف', 3e5, 'person'], ['200 ألف زائر', 2e5, 'person']]],
    ['وتراجعت أسعار النفط من 60 إلى 45 دولارا للبرميل', [['60', 60, 'USD'], ['45 دولارا', 45, 'USD']]],
    ['وزاد عدد المدارس في المنطقة من 120 إلى 150 مدرسة', [['120', 120, 'school'], ['150 مدرسة', 150, 'school']]],
    ['وقفزت أرباح الشركة من 5 إلى 10 ملايين ريال', [['5', 5e6, 'riyal'], ['10 ملايين ريال', 1e7, 'riyal']]],
    ['وهبطت الإيرادات من 10 إلى 5 ملايين دولار', [['10', 1e7, 'USD'], ['5 ملايين دولار', 5e6, 'USD']]],
    ['وسجلت الوزارة ارتفاع عدد الإصابات من 1200 إلى 1500 إصابة', [['1200', 1200, 'case'], ['1500 إصابة', 1500, 'case']]],
    ['وخفضت الحكومة رسوم التأشيرة من 2000 إلى 300 ريال', [['2000', 2000, 'riyal'], ['300 ريال', 300, 'riyal']]],
    ['ليرتفع عدد الضحايا من 12 إلى 17 ضحية', [['12', 12, 'killed'], ['17 ضحية', 17, 'killed']]],
    ['وتراجعت درجة الحرارة من 5 إلى -3 درجات', [['5', 5, 'degree'], ['-3 درجات', -3, 'degree']]],
  ] as const)('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected.map(([span, value, unit]) => [span, value, unit, 'exact', undefined]));
  });

  it('keeps a qualifier after the new value on the new value', () => {
    expect(brief('وارتفع عدد القتلى من 10 إلى 20 قتيلا على الأقل')).toEqual([
      ['10', 10, 'killed', 'exact', undefined], ['20 قتيلا على الأقل', 20, 'killed', 'at_least', undefined],
    ]);
  });
});

describe('without a verb of change, "من … إلى" is a range', () => {
  it.each([
    ['وتتراوح الأسعار من 10 إلى 20 دولارا', 10, 20, 'USD'],
    ['وقتل من 10 إلى 20 شخصا في الاشتباكات', 10, 20, 'person'],
    ['وارتفع عدد القتلى إلى ما بين 10 و20 قتيلا', 10, 20, 'killed'],
    ['وارتفعت الحصيلة، وقال المسؤول إن من 10 إلى 20 شخصا ما زالوا مفقودين', 10, 20, 'person'],
    ['وارتفع عدد المتطوعين الذين تتراوح أعمارهم من 18 إلى 25 عاما', 18, 25, 'year'],
  ])('%s', (text, value, valueMax, unit) => {
    expect(figuresOf(text)).toContainEqual(expect.objectContaining({ value, valueMax, unit, qualifier: 'range' }));
  });

  it('reads a year then an amount after a verb of change as before (real headline)', () => {
    expect(brief('داماك العقارية: نمو صافي الأرباح 50% للنصف الأول من 2015 إلى 2,650 مليون درهم')).toEqual([
      ['50%', 50, 'percent', 'exact', undefined], ['2,650 مليون درهم', 2.65e9, 'dirham', 'exact', undefined],
    ]);
  });
});

describe('verbs that only look like change', () => {
  it('keeps a stay as a range: "نزل الوفد في الفندق من 3 إلى 5 أيام"', () => {
    expect(figuresOf('ونزل الوفد في الفندق من 3 إلى 5 أيام')).toEqual([
      { text: 'من 3 إلى 5 أيام', value: 3, valueMax: 5, unit: 'day', qualifier: 'range' },
    ]);
  });
});
