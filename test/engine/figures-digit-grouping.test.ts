/**
 * "13.200 شخص": Arabic news often groups thousands with a dot, and a count of
 * people cannot be 13.2. The shape and the counted noun decide; currencies,
 * percentages, measures and scale words keep the dot as a decimal point.
 */
import { describe, expect, it } from 'vitest';
import { parseDigits, dotGroupedThousands } from '../../src/engine/extract/digits.ts';
import { onlyFigure } from './figure-helpers.ts';

describe('a dot before three digits groups thousands when whole things are counted', () => {
  it.each([
    ['وأعلنت الأمم المتحدة أن 13.200 شخص فروا من القتال خلال أسبوع', '13.200 شخص', 13200, 'person'],
    ['وارتفعت حصيلة الزلزال إلى 1.350 قتيلا', '1.350 قتيلا', 1350, 'killed'],
    ['ودمر القصف 2.400 منزل في الأحياء الشرقية', '2.400 منزل', 2400, 'house'],
    ['وتخرج في الجامعة 4.750 طالبا وطالبة', '4.750 طالبا', 4750, 'student'],
    ['وأفرجت السلطات عن ١٫٢٠٠ معتقل', '١٫٢٠٠ معتقل', 1200, 'detained'],
    ['وشارك في التمرين أكثر من 3.500 من الجنود', 'أكثر من 3.500 من الجنود', 3500, 'troops'],
  ])('%s', (text, span, value, unit) => {
    expect(onlyFigure(text)).toMatchObject({ text: span, value, unit });
  });

  it('reads a number in quotes before its noun: "«1.200» معتقل"', () => {
    expect(onlyFigure('وأعلنت الهيئة الإفراج عن «1.200» معتقل')).toMatchObject({ value: 1200, unit: 'detained' });
  });

  it('reads a bare number whose noun is named before it: "بلغ عدد القتلى 13.200"', () => {
    expect(onlyFigure('وبلغ عدد القتلى 13.200 بحسب الأمم المتحدة')).toMatchObject({ value: 13200, unit: 'killed' });
  });

  it('reads both ends of a range: "بين 1.200 و1.500 شخص"', () => {
    expect(onlyFigure('ويتراوح عدد المحتجين بين 1.200 و1.500 شخص')).toMatchObject({ value: 1200, valueMax: 1500, unit: 'person', qualifier: 'range' });
  });

  it('always groups with more than one dot', () => {
    expect(onlyFigure('ويبلغ عدد سكان المدينة 1.500.000 نسمة')).toMatchObject({ value: 1.5e6, unit: 'person' });
    expect(onlyFigure('وبلغت الميزانية 2.750.000 دولار')).toMatchObject({ value: 2.75e6, unit: 'USD' });
  });
});

describe('the dot stays a decimal point everywhere else', () => {
  it.each([
    ['وارتفعت نسبة البطالة إلى 13.2% في الربع الثاني', 13.2, 'percent'],
    ['وبلغ معدل التضخم 2.500% في يونيو', 2.5, 'percent'],
    ['ويعمل في القطاع 2.5 مليون عامل', 2.5e6, 'worker'],
    // Financial releases keep trailing zeros: 2.500 مليون is 2.5 million, 2,500 million would be 2.5 مليار.
    ['وبلغ صافي الربح 2.500 مليون ريال', 2.5e6, 'riyal'],
    ['وبلغت الإيرادات 12.700 مليار درهم', 12.7e9, 'dirham'],
    // The riyal is pegged at 3.750 to the dollar; Gulf dinars have 1,000 fils.
    ['وسجل سعر الصرف 3.750 ريال للدولار', 3.75, 'riyal'],
    ['وأغلق السهم عند 0.305 دينار كويتي', 0.305, 'KWD'],
    ['ووصل الذهب إلى 1102.40 دولار للأوقية', 1102.4, 'USD'],
    // Measures are fractional: a newborn of 3.250 kg.
    ['وبلغ وزن المولود 3.250 كيلوغرام عند الولادة', 3.25, 'kg'],
  ])('%s', (text, value, unit) => {
    expect(onlyFigure(text)).toMatchObject({ value, unit });
  });

  it('keeps a bare number with nothing counted as written', () => {
    expect(onlyFigure('وبلغ المتوسط 13.200 بحسب التقرير').value).toBe(13.2);
  });
});

describe('dotGroupedThousands', () => {
  it('offers the grouped reading only for one to three digits, a dot and exactly three digits', () => {
    expect(dotGroupedThousands('13.200')).toBe(13200);
    expect(dotGroupedThousands('1.350')).toBe(1350);
    expect(dotGroupedThousands('13.2')).toBeNull();
    expect(dotGroupedThousands('13.20')).toBeNull();
    expect(dotGroupedThousands('1.2345')).toBeNull();
    expect(dotGroupedThousands('0.500')).toBeNull();
    expect(dotGroupedThousands('1350.500')).toBeNull();
    expect(dotGroupedThousands('1,350')).toBeNull();
    expect(parseDigits('13.200')).toBe(13.2);
  });
});
