/**
 * What synthetic stories are about: kinds of events, the things they count
 * and the words news puts before each count. The words before a figure
 * become its context keys, so they are shared across stories of one kind
 * (common keys) while the figures themselves are mostly rare.
 */

/** A counted noun in the three forms a count selects: 100 قتيل, 112 قتيلا, 5 قتلى. */
export interface CountNoun {
  gen: string;
  acc: string;
  pl: string;
}

export interface FigureKind {
  /** Counted noun; absent for money and percentages. */
  noun?: CountNoun;
  money?: boolean;
  percent?: boolean;
  /** Value range, drawn log-uniformly (millions for money). */
  min: number;
  max: number;
  /** Words before the figure ("ارتفاع حصيلة القتلى إلى"); one is chosen per mention. */
  before: readonly string[];
}

export interface EventKind {
  /** The event as a noun with the article ("الفيضانات"). */
  nouns: readonly string[];
  figures: readonly FigureKind[];
  /** Headline verbs in the masculine past ("ارتفع", "بلغ"). */
  headline: readonly string[];
}

const n = (gen: string, acc: string, pl: string): CountNoun => ({ gen, acc, pl });

const KILLED: FigureKind = { noun: n('قتيل', 'قتيلا', 'قتلى'), min: 3, max: 900, before: ['ارتفاع حصيلة الضحايا إلى', 'مقتل', 'سقوط', 'ارتفع عدد القتلى إلى', 'حصيلة القتلى بلغت'] };
const INJURED: FigureKind = { noun: n('مصاب', 'مصابا', 'مصابين'), min: 10, max: 5000, before: ['إصابة', 'ارتفاع عدد المصابين إلى', 'نقل', 'إسعاف'] };
const WOUNDED: FigureKind = { noun: n('جريح', 'جريحا', 'جرحى'), min: 5, max: 3000, before: ['سقوط', 'إلى جانب', 'وصول'] };
const DISPLACED: FigureKind = { noun: n('نازح', 'نازحا', 'نازحين'), min: 200, max: 900000, before: ['نزوح', 'إيواء', 'تسجيل'] };
const HOUSES: FigureKind = { noun: n('منزل', 'منزلا', 'منازل'), min: 20, max: 60000, before: ['تدمير', 'انهيار', 'تضرر', 'غمر'] };
const MISSING: FigureKind = { noun: n('مفقود', 'مفقودا', 'مفقودين'), min: 3, max: 400, before: ['البحث عن', 'فقدان أثر', 'لا يزال مصير'] };
const FAMILIES: FigureKind = { noun: n('أسرة', 'أسرة', 'أسر'), min: 10, max: 80000, before: ['تشريد', 'إجلاء', 'مساعدة'] };
const VILLAGES: FigureKind = { noun: n('قرية', 'قرية', 'قرى'), min: 3, max: 300, before: ['عزل', 'غرق', 'وصول المياه إلى'] };
const AIRSTRIKES: FigureKind = { noun: n('غارة', 'غارة', 'غارات'), min: 3, max: 600, before: ['شن', 'تنفيذ', 'استهداف المواقع ب'] };
const DETAINED: FigureKind = { noun: n('معتقل', 'معتقلا', 'معتقلين'), min: 3, max: 2000, before: ['الإفراج عن', 'اعتقال', 'احتجاز'] };
const MISSILES: FigureKind = { noun: n('صاروخ', 'صاروخا', 'صواريخ'), min: 3, max: 400, before: ['إطلاق', 'اعتراض', 'سقوط'] };
const VEHICLES: FigureKind = { noun: n('آلية', 'آلية', 'آليات'), min: 3, max: 500, before: ['تدمير', 'مصادرة', 'رصد'] };
const MONEY: FigureKind = { money: true, min: 3, max: 40000, before: ['بقيمة', 'بتكلفة', 'بمبلغ', 'بلغت قيمته'] };
const PERCENT: FigureKind = { percent: true, min: 1, max: 95, before: ['بنسبة', 'ارتفاع بنسبة', 'تراجع بنسبة', 'نمو بنسبة'] };
const MONTHS: FigureKind = { noun: n('شهر', 'شهرا', 'أشهر'), min: 6, max: 120, before: ['يسدد على مدى', 'لمدة', 'خلال'] };
const JOBS: FigureKind = { noun: n('وظيفة', 'وظيفة', 'وظائف'), min: 100, max: 200000, before: ['توفير', 'استحداث', 'خلق'] };
const PROJECTS: FigureKind = { noun: n('مشروع', 'مشروعا', 'مشاريع'), min: 3, max: 900, before: ['تنفيذ', 'تمويل', 'إطلاق'] };
const COMPANIES: FigureKind = { noun: n('شركة', 'شركة', 'شركات'), min: 3, max: 3000, before: ['مشاركة', 'تسجيل', 'دخول'] };
const VOTES: FigureKind = { noun: n('صوت', 'صوتا', 'أصوات'), min: 1000, max: 9000000, before: ['حصول القائمة على', 'فرز', 'الفوز ب'] };
const SEATS: FigureKind = { noun: n('مقعد', 'مقعدا', 'مقاعد'), min: 3, max: 180, before: ['الفوز ب', 'حصد', 'الحصول على'] };
const CASES: FigureKind = { noun: n('إصابة', 'إصابة', 'إصابات'), min: 10, max: 90000, before: ['تسجيل', 'رصد', 'تأكيد'] };
const DOSES: FigureKind = { noun: n('جرعة', 'جرعة', 'جرعات'), min: 1000, max: 9000000, before: ['توزيع', 'إعطاء', 'وصول'] };
const HOSPITALS: FigureKind = { noun: n('مستشفى', 'مستشفى', 'مستشفيات'), min: 3, max: 200, before: ['تجهيز', 'رفع جاهزية', 'افتتاح'] };
const TESTS: FigureKind = { noun: n('فحص', 'فحصا', 'فحوصات'), min: 100, max: 500000, before: ['إجراء', 'تحليل', 'تنفيذ'] };
const BARRELS: FigureKind = { noun: n('برميل', 'برميلا', 'براميل'), min: 1000, max: 12000000, before: ['إنتاج', 'تصدير', 'خفض الإنتاج ب'] };
const MEGAWATTS: FigureKind = { noun: n('ميغاواط', 'ميغاواط', 'ميغاواط'), min: 10, max: 5000, before: ['بقدرة', 'إضافة', 'توليد'] };
const TONS: FigureKind = { noun: n('طن', 'طنا', 'أطنان'), min: 10, max: 900000, before: ['شحن', 'تصدير', 'توزيع'] };
const STUDENTS: FigureKind = { noun: n('طالب', 'طالبا', 'طلاب'), min: 100, max: 900000, before: ['التحاق', 'تقدم', 'نجاح'] };
const SCHOOLS: FigureKind = { noun: n('مدرسة', 'مدرسة', 'مدارس'), min: 3, max: 5000, before: ['بناء', 'ترميم', 'إغلاق'] };
const PILGRIMS: FigureKind = { noun: n('حاج', 'حاجا', 'حجاج'), min: 1000, max: 2500000, before: ['وصول', 'استقبال', 'تفويج'] };
const AIRCRAFT: FigureKind = { noun: n('طائرة', 'طائرة', 'طائرات'), min: 3, max: 900, before: ['هبوط', 'تسيير', 'استئجار'] };
const KILOMETRES: FigureKind = { noun: n('كيلومتر', 'كيلومترا', 'كيلومترات'), min: 3, max: 2000, before: ['على بعد', 'بطول', 'مسافة'] };
const PEOPLE: FigureKind = { noun: n('شخص', 'شخصا', 'أشخاص'), min: 10, max: 2000000, before: ['تضرر', 'استفادة', 'مشاركة'] };

export const EVENT_KINDS: readonly EventKind[] = [
  { nouns: ['الفيضانات', 'السيول', 'الزلزال', 'الإعصار', 'الحرائق', 'العاصفة'], figures: [KILLED, INJURED, DISPLACED, HOUSES, MISSING, FAMILIES, VILLAGES, MONEY, PEOPLE], headline: ['ارتفاع حصيلة', 'تواصل', 'تفاقم'] },
  { nouns: ['الاشتباكات', 'الغارات', 'المعارك', 'الهجمات', 'القصف'], figures: [KILLED, WOUNDED, AIRSTRIKES, DETAINED, MISSILES, VEHICLES, DISPLACED, KILOMETRES], headline: ['تصاعد', 'استمرار', 'تجدد'] },
  { nouns: ['القرض', 'المنحة', 'الموازنة', 'الاتفاق الاقتصادي', 'خطة التحفيز'], figures: [MONEY, PERCENT, MONTHS, JOBS, PROJECTS, COMPANIES, MONEY], headline: ['إقرار', 'توقيع', 'مناقشة'] },
  { nouns: ['الانتخابات', 'الاستفتاء', 'الاقتراع'], figures: [VOTES, SEATS, PERCENT, PEOPLE, MONEY], headline: ['نتائج', 'انطلاق', 'إعلان'] },
  { nouns: ['الوباء', 'الحملة الصحية', 'تفشي المرض'], figures: [CASES, DOSES, HOSPITALS, TESTS, KILLED, PERCENT, MONEY], headline: ['تسجيل', 'توسع', 'احتواء'] },
  { nouns: ['إنتاج النفط', 'قطاع الطاقة', 'مشروع الكهرباء'], figures: [BARRELS, MEGAWATTS, TONS, PERCENT, MONEY, JOBS], headline: ['ارتفاع', 'تراجع', 'استقرار'] },
  { nouns: ['العام الدراسي', 'الامتحانات', 'قطاع التعليم'], figures: [STUDENTS, SCHOOLS, PERCENT, MONEY, PROJECTS], headline: ['انطلاق', 'تأجيل', 'إعلان'] },
  { nouns: ['موسم الحج', 'موسم العمرة', 'حركة السفر'], figures: [PILGRIMS, AIRCRAFT, VEHICLES, HOSPITALS, PERCENT, KILOMETRES], headline: ['انطلاق', 'نجاح', 'استعدادات'] },
];

export const CURRENCIES: readonly string[] = ['دولار', 'دولار', 'دولار', 'يورو', 'ريال سعودي', 'جنيه مصري', 'دينار عراقي', 'درهم إماراتي'];
export const QUALIFIERS: readonly string[] = ['أكثر من', 'نحو', 'قرابة', 'ما يزيد على', 'حوالي'];
export const BACKGROUND_YEARS = { min: 1950, max: 2023 };
