import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './figure-helpers.ts';

/** Values of the figures found in `text`. */
const values = (text: string) => figuresOf(text).map((f) => f.value);

describe('years and dates are not figures', () => {
  it.each([
    'خطر داعش يختلف عما كان في عام 2014',
    'تأسست الشركة سنة 2020',
    'في العام 2019 تراجعت الأسعار',
    'توقفت الرحلات لعام 2021',
    'سجلت الأرقام في 2019 ارتفاعا',
    'تحقيق أهداف رؤية 2030',
    'حتى 2030',
    'عقدت القمة في عامي 2014 و2015',
    'خلال الفترة من 2014 إلى 2016',
    'بين 2014 و2016',
    'ولد عام ألفين',
  ])('%s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it.each([
    'وقع الحادث في 15 مارس 2020',
    'وقع الحادث في 15 آذار 2020',
    'وقع الحادث يوم 3 كانون الثاني 2020',
    'وقع الحادث في 9 تشرين الأول',
    'وقع الحادث في 15/3/2020',
    'وقع الحادث في 2020-03-15',
    'صدر القرار في 12 رمضان 1441 هـ',
    'توفي سنة 1441هـ',
    'ولد عام 632م',
    'وسيسافر إلى جورجيا في 12 الجاري',
    'خلال الفترة 25 من شهر شوال',
    'خلال الفترة من 20 - 25 من شهر شوال الحالي',
    'بدأ في منتصف مارس/آذار 2020',
    'تتنافس المنتخبات بين 5 و13 تشرين الأول',
  ])('%s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('still reads a four-digit number as a count when it counts something or is hedged', () => {
    expect(onlyFigure('شارك 2000 شخص')).toMatchObject({ value: 2000, unit: 'person' });
    expect(onlyFigure('شارك حوالي 2000')).toMatchObject({ value: 2000, qualifier: 'about' });
  });

  it('reads the amount after a year in "من 2015 إلى 2,650 مليون درهم"', () => {
    expect(onlyFigure('نمو الأرباح في النصف الأول من 2015 إلى 2,650 مليون درهم')).toMatchObject({ value: 2.65e9, qualifier: 'exact' });
  });
});

describe('times are not figures', () => {
  it.each([
    'تبدأ الجلسة الساعة 10:30',
    'تبدأ الجلسة في تمام الساعة 10',
    'تبدأ الجلسة الساعة الخامسة',
    'هاجموا القرية الساعة 16,00 (15,00 تغ)',
    'يفتح المعرض 10 صباحا',
    'سجل الهدف في الدقيقة 90',
  ])('%s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('keeps durations in hours', () => {
    expect(onlyFigure('استمر الاجتماع 24 ساعة')).toMatchObject({ value: 24, unit: 'hour' });
  });
});

describe('ordinals, labels and ranks are not figures', () => {
  it.each([
    'حل في المركز الأول',
    'تحتفل بالذكرى الـ5 لتأسيسها',
    'تحتفل بالذكرى الـ 5 لتأسيسها',
    'حل في المرتبة 3',
    'وفق القرار 2254',
    'بموجب قرار مجلس الأمن رقم 2254',
    'نصت المادة 12 من الدستور',
    'استنادا للمادة 12',
    'بلغت أعمال البناء الطابق 82',
    'اتصلوا على الرقم 920000000',
    'ينطلق اليوم معرض تشكيل 1',
    'ينطلق اليوم معرض "تشكيل1"',
  ])('%s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('model designations are not figures', () => {
  it.each([
    'الدعم اللوجستي لطائرات اف 16',
    'صفقة طائرات إف-16',
    'صفقة طائرات F-16',
    'طائرة F16',
    'مقاتلات سو 35',
    'دبابات T-72',
    'طائرة A320',
    'طائرات بوينغ 737',
    'منظومة إس-400',
    'منظومة اس 400',
    'شبكات 5G',
    'تطبيق المعيار المحاسبي (IFRS 15)',
    'جائحة كوفيد 19',
    'جائحة كوفيد-19',
  ])('%s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });
});

describe('phone numbers, footnotes and list markers are not figures', () => {
  it.each([
    'للاستفسار اتصل على +966501234567',
    'للاستفسار اتصل على 0501234567',
    'للاستفسار اتصل على 920012345',
    'والقضاء عليه.انتهى (1)',
    'وأكد المصدر صحة الخبر (2)',
    'كما ورد في التقرير [3]',
    '1- تطوير البنية التحتية',
    'أولا:\n2. زيادة الإنفاق',
  ])('%s', (text) => {
    expect(figuresOf(text)).toEqual([]);
  });

  it('keeps a number in parentheses when a counted noun follows', () => {
    expect(onlyFigure('أصيب عدد (5) أشخاص')).toEqual({ text: '(5) أشخاص', value: 5, unit: 'person', qualifier: 'exact' });
    expect(values('قتل خمسة (5) أشخاص')).toEqual([5]);
  });
});

describe('scores and fractions with separators are not figures', () => {
  it('drops a score "3-1" and a ratio "2/3"', () => {
    expect(figuresOf('فاز الفريق 3-1 على ضيفه')).toEqual([]);
    expect(figuresOf('وافق 2/3 الأعضاء')).toEqual([]);
  });
});
