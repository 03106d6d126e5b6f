/**
 * Cues that turn a number into something that is not a quantity: a year, a
 * date, a clock time, a rank, a label or a model designation. "عام 2014",
 * "15 مارس", "الساعة 10", "المادة 12", "القرار 2254" and "اف 16" all hold
 * digits, and none of them is a figure a reader could check.
 *
 * Words before a number are compared without their clitics and article
 * (للقرار → قرار), so each cue is listed once, bare.
 */
import { foldText } from '../normalize/fold.ts';

/** The number after these is a year: "عام 2014", "لعام 2020", "عامي 2014 و2015". */
const YEAR_BEFORE = ['عام', 'سنة', 'عامي', 'سنتي', 'رؤية', 'مواليد'];

/**
 * The number after these is a label, a rank or a position, not an amount:
 * "رقم 5", "القرار 2254", "المادة 12", "المرتبة 3", "الكيلو 40" (a road marker).
 */
const LABEL_BEFORE = [
  'رقم', 'قرار', 'مادة', 'بند', 'فقرة', 'فصل', 'صفحة', 'ص', 'آية', 'جدول', 'ملحق', 'مرسوم', 'قانون',
  'طريق', 'شارع', 'مخرج', 'بوابة', 'صالة', 'غرفة', 'قاعة', 'جناح', 'منصة', 'رحلة', 'خط', 'لواء',
  'فرقة', 'كتيبة', 'فيلق', 'دائرة', 'فئة', 'مستوى', 'إصدار', 'نسخة', 'طراز', 'موديل', 'جزء', 'حلقة',
  'دورة', 'جولة', 'مرحلة', 'مرتبة', 'مركز', 'ترتيب', 'شوط', 'قناة', 'طبعة', 'كود', 'رمز', 'لوحة',
  'صف', 'حي', 'مربع', 'كيلو', 'كيلومتر', 'تشكيل', 'هاتف', 'جوال', 'فاكس', 'تحويلة', 'مبنى', 'سورة',
  'طابق',
];

/**
 * A clock time or match minute follows: "الساعة 10", "في الدقيقة 90". Compared
 * with the article kept: "ساعة 24" is no clock.
 */
const TIME_BEFORE = ['الساعة', 'الدقيقة', 'توقيت'];

/** Era and time-of-day marks after a number: "1441 هـ", "2020م", "10 صباحا". */
const MARK_AFTER = [
  'ه', 'هـ', 'م', 'ق', 'ميلادي', 'ميلادية', 'هجري', 'هجرية', 'للميلاد', 'للهجرة',
  'صباحا', 'صباحاً', 'مساء', 'مساءً', 'ظهرا', 'ظهراً', 'فجرا', 'عصرا', 'ليلا', 'ص', 'بتوقيت',
  'تغ', 'غرينتش', 'جرينتش', 'gmt',
  // A day of the month: "في 12 الجاري", "يوم 3 المقبل".
  'الجاري', 'الحالي', 'الماضي', 'المقبل', 'القادم', 'المنصرم',
];

/** Month names, as token sequences; a number right before or after one is a date. */
const MONTHS = [
  // Gregorian, Egyptian and Maghrebi spellings.
  'يناير', 'فبراير', 'مارس', 'أبريل', 'إبريل', 'ابريل', 'مايو', 'يونيو', 'يونيه', 'يوليو', 'يوليه',
  'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر', 'جانفي', 'فيفري', 'أفريل', 'ماي', 'جوان',
  'جويلية', 'أوت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر',
  // Syriac (Levant and Iraq).
  'كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول',
  'تشرين الأول', 'تشرين الثاني', 'كانون الأول',
  // Hijri. صفر is also zero, so it counts as a month only after a number.
  'محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'ربيع الثاني', 'جمادى الأولى', 'جمادى الآخرة',
  'جمادى الثانية', 'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذي القعدة', 'ذو الحجة', 'ذي الحجة',
];

/**
 * Transliterated letter prefixes of model designations written with a space
 * or hyphen before the number: "اف 16", "إف-16", "سو 35", "تي 72", "اس 400".
 * Latin prefixes (F-16, A320) are recognised by script, not listed.
 */
const MODEL_PREFIXES = [
  'اف', 'إف', 'سو', 'ميغ', 'ميج', 'تي', 'اس', 'إس', 'بي', 'سي', 'جي', 'إكس', 'اكس', 'إتش', 'كيه',
  'يو', 'دي', 'آر', 'كوفيد', 'بوينغ', 'بوينج', 'إيرباص', 'ايرباص', 'سوخوي', 'آيفون', 'ايفون',
  'غالاكسي', 'جالاكسي', 'بلايستيشن', 'ويندوز', 'ياك', 'إيه', 'ايه', 'توبوليف', 'أنتونوف', 'يوروفايتر',
];

const folded = (list: string[]) => new Set(list.map(foldText));

export const YEAR_CUES: ReadonlySet<string> = folded(YEAR_BEFORE);
export const LABEL_CUES: ReadonlySet<string> = folded(LABEL_BEFORE);
export const TIME_CUES: ReadonlySet<string> = folded(TIME_BEFORE);
export const MARKS_AFTER: ReadonlySet<string> = folded(MARK_AFTER);
export const MODEL_PREFIX_WORDS: ReadonlySet<string> = folded(MODEL_PREFIXES);

/** Month names split into folded words. */
export const MONTH_NAMES: readonly (readonly string[])[] = MONTHS.map((m) => foldText(m).split(' '));

/** Months that are also ordinary words and so only count right after a day number. */
export const MONTHS_ONLY_AFTER_DAY: ReadonlySet<string> = folded(['صفر', 'آب', 'رجب', 'شعبان', 'رمضان', 'مارس', 'ماي']);
