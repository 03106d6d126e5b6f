/**
 * "ألفا" and "مليونا" are spelt alike in two readings once folding drops the
 * tanween: the accusative singular after a number that multiplies it
 * ("عشرون ألفاً" = 20,000) and the dual in construct before the counted noun
 * ("ألفا دولار" = 2,000). Reading the dual as the singular halves the value.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './figure-helpers.ts';

describe('a dual scale word in construct is two of the scale', () => {
  it.each([
    ['وخصصت البلدية ألفا دولار لكل أسرة متضررة من السيول', 'ألفا دولار', 2000, 'USD'],
    ['وتبلغ قيمة الجائزة ألفا ريال سعودي للفائز الأول', 'ألفا ريال سعودي', 2000, 'SAR'],
    ['وقال المتحدث إن مليونا شخص نزحوا من منازلهم خلال أسبوع', 'مليونا شخص', 2e6, 'person'],
    ['ويستضيف الأردن قرابة مليوني لاجئ سوري', 'قرابة مليوني لاجئ', 2e6, 'displaced'],
    ['ونشرت الوزارة ألفي جندي على الحدود', 'ألفي جندي', 2000, 'troops'],
    ['وقدرت الخسائر بملياري دولار', 'بملياري دولار', 2e9, 'USD'],
    ['وشارك في المناورات مئتا جندي من القوات الخاصة', 'مئتا جندي', 200, 'troops'],
    ['وأفرجت السلطات عن مائتي معتقل', 'مائتي معتقل', 200, 'detained'],
    ['ووصل إلى المطار ألفا حاج من إندونيسيا', 'ألفا حاج', 2000, 'pilgrim'],
    ['وبلغ عدد الناخبين المسجلين مليونا ناخب', 'مليونا', 2e6, ''],
  ])('%s', (text, span, value, unit) => {
    expect(onlyFigure(text)).toMatchObject({ text: span, value, unit });
  });

  it('reads the dual after a qualifier and with a clitic: "نحو ألفا مقاتل", "وألفا طن"', () => {
    expect(onlyFigure('وتضم الكتيبة نحو ألفا مقاتل')).toMatchObject({ value: 2000, unit: 'troops', qualifier: 'about' });
    expect(figuresOf('وصدرت الشركة ألف طن من القمح وألفا طن من التمور').map((f) => f.value)).toEqual([1000, 2000]);
    expect(onlyFigure('وتكفل بعلاج مليون وألفا مريض')).toMatchObject({ value: 1_002_000 });
  });
});

describe('after a number that multiplies it, the same spelling is the singular', () => {
  it.each([
    ['وبلغ عدد الحضور ثلاثون ألفا', 30000],
    ['وتجاوز عدد الزوار عشرين ألفاً خلال يومين', 20000],
    ['وقتل في المعارك خمسة وعشرون ألفاً من المدنيين', 25000],
    ['ووصل عدد المسجلين إلى 20 ألفا', 20000],
    ['وبلغت التكلفة أحد عشر مليوناً', 11e6],
  ])('%s → %d', (text, value) => {
    expect(figuresOf(text)[0].value).toBe(value);
  });

  it('keeps a lone accusative with no counted noun after it as one of the scale', () => {
    expect(onlyFigure('وبلغ عدد المشاركين ألفاً، بحسب المنظمين')).toMatchObject({ value: 1000 });
    expect(onlyFigure('وخصصت الحكومة ملياراً لدعم القطاع الزراعي')).toMatchObject({ value: 1e9 });
    expect(onlyFigure('وقتل ألفاً من المسلحين')).toMatchObject({ value: 1000, unit: 'troops' });
    expect(onlyFigure('وبلغت المبيعات مليوناً في الربع الأول')).toMatchObject({ value: 1e6 });
    expect(onlyFigure('وخسرت الشركة ملياراً إضافياً')).toMatchObject({ value: 1e9 });
  });
});
