/**
 * Negative figures: "-5 درجات", "سالب 5", "5 درجات تحت الصفر" all read -5,
 * while a hyphen between two figures ("10-20 شخصا") is a range, and a
 * hyphen before a count of people is a list dash, never a sign.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './figure-helpers.ts';

describe('a minus keeps its sign', () => {
  it.each([
    ['وانخفضت درجة الحرارة في القريات إلى -5 درجات مئوية', '-5 درجات مئوية', -5, 'degree'],
    ['وسجلت محطة الرصد −3 درجات فجر اليوم', '−3 درجات', -3, 'degree'],
    ['ويتوقع أن تصل الحرارة إلى سالب 5 درجات', 'سالب 5 درجات', -5, 'degree'],
    ['وهبطت الحرارة إلى 5 درجات تحت الصفر في طريف', '5 درجات تحت الصفر', -5, 'degree'],
    ['وسجلت المرتفعات خمس درجات تحت الصفر', 'خمس درجات تحت الصفر', -5, 'degree'],
    ['وبلغت الحرارة 4 درجات دون الصفر', '4 درجات دون الصفر', -4, 'degree'],
    ['وسجل الاقتصاد نموا بنسبة -0.5% في الربع الثاني', '-0.5%', -0.5, 'percent'],
    // From a real survey: "27 في المئة (ناقص 6 نقاط)".
    ['الوضع الاقتصادي 27 في المئة (ناقص 6 نقاط)', 'ناقص 6 نقاط', -6, 'point'],
  ])('%s', (text, span, value, unit) => {
    expect(figuresOf(text)).toContainEqual({ text: span, value, unit, qualifier: 'exact' });
  });

  it('reads a dual with a sign: "ناقص نقطتين", "درجتين تحت الصفر"', () => {
    expect(figuresOf('والمالية العامة 23 في المئة (ناقص نقطتين)')).toContainEqual({ text: 'ناقص نقطتين', value: -2, unit: 'point', qualifier: 'exact' });
    expect(onlyFigure('وسجلت الحرارة درجتين تحت الصفر')).toMatchObject({ value: -2, unit: 'degree' });
  });

  it('keeps the sign on either end of a range', () => {
    expect(onlyFigure('وتتراوح الحرارة بين -5 و-10 درجات')).toMatchObject({ value: -10, valueMax: -5, unit: 'degree', qualifier: 'range' });
    expect(onlyFigure('وتتراوح الحرارة من -3 إلى 4 درجات')).toMatchObject({ value: -3, valueMax: 4, unit: 'degree', qualifier: 'range' });
    expect(onlyFigure('وتتراوح الحرارة بين 5 و10 درجات تحت الصفر')).toMatchObject({ value: -10, valueMax: -5, unit: 'degree', qualifier: 'range' });
  });

  it('keeps the qualifier before a signed number', () => {
    expect(onlyFigure('وانخفضت الحرارة إلى أقل من -5 درجات')).toMatchObject({ text: 'أقل من -5 درجات', value: -5, qualifier: 'less_than' });
  });
});

describe('a hyphen that is not a sign', () => {
  it('reads "10-20 شخصا" as a range', () => {
    expect(onlyFigure('وأصيب في الحادث 10-20 شخصا')).toEqual({ text: '10-20 شخصا', value: 10, valueMax: 20, unit: 'person', qualifier: 'range' });
    expect(onlyFigure('وتتراوح مدة العلاج بين 3-5 أيام')).toMatchObject({ value: 3, valueMax: 5, unit: 'day', qualifier: 'range' });
    expect(onlyFigure('ويتراوح عددهم من 20 -25 شخصا')).toMatchObject({ value: 20, valueMax: 25, unit: 'person', qualifier: 'range' });
  });

  it('keeps scores, dates, year spans and models out', () => {
    expect(figuresOf('وفاز الهلال على النصر 3-1 في الرياض')).toEqual([]);
    expect(figuresOf('خلال الموسم 2014-2015')).toEqual([]);
    expect(figuresOf('وقع الحادث في 15-3-2020')).toEqual([]);
    expect(figuresOf('وحلقت طائرات إف-16 فوق المدينة')).toEqual([]);
  });

  it('reads a dash at the start of a list line as a dash, and a count of people as never negative', () => {
    expect(figuresOf('وجاءت الحصيلة كالتالي:\n-12 قتيلا\n-30 جريحا').map((f) => f.value)).toEqual([12, 30]);
    expect(onlyFigure('وقتل في الهجوم -12 شخصا')).toMatchObject({ value: 12, unit: 'person' });
  });
});

describe('a plus sign', () => {
  it('reads "+6 نقاط" as a rise of six points, and "+966" alone as a dialling code', () => {
    // From a real survey: "كالإرهاب … (17 في المئة، +6 نقاط)".
    expect(figuresOf('كالإرهاب في جميع أنحاء الاتحاد الأوروبي (17 في المئة، +6 نقاط)')).toContainEqual({ text: '6 نقاط', value: 6, unit: 'point', qualifier: 'exact' });
    expect(figuresOf('للتواصل اتصل على +966 أو راسلنا')).toEqual([]);
  });
});
