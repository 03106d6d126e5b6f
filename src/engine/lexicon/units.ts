/**
 * What a figure counts: the noun after a number, mapped to a canonical unit
 * class. Classes are what matching compares, so every spelling, plural, dual
 * and case form of one noun must land on the same class (مصاب and جريح are
 * one class: 'injured').
 *
 * Singular forms also match with the accusative ending (جريحاً → جريحا) and
 * their duals (يومين, ساعتين) are derived; broken plurals are listed.
 */
import { foldText } from '../normalize/fold.ts';

interface UnitEntry {
  unit: string;
  /** Singular nouns: accusative and dual forms are derived from these. */
  singular: string[];
  /** Plurals and any other form that takes no derived endings. */
  other?: string[];
  /** Words that must follow for the entry to apply ("متر مربع"). */
  then?: string;
}

/** Currencies. A bare دولار is the US dollar in Arabic news; a bare دينار or ريال cannot tell the country. */
const CURRENCIES: UnitEntry[] = [
  { unit: 'USD', singular: ['دولار'], other: ['دولارات', 'دولاراً'] },
  { unit: 'EUR', singular: ['يورو'] },
  { unit: 'GBP', singular: ['إسترليني', 'استرليني'] },
  { unit: 'riyal', singular: ['ريال'], other: ['ريالات'] },
  { unit: 'dinar', singular: ['دينار'], other: ['دنانير'] },
  { unit: 'pound', singular: ['جنيه'], other: ['جنيهات', 'جنيها'] },
  { unit: 'dirham', singular: ['درهم'], other: ['دراهم'] },
  { unit: 'lira', singular: ['ليرة'], other: ['ليرات'] },
  { unit: 'franc', singular: ['فرنك'], other: ['فرنكات'] },
  { unit: 'rupee', singular: ['روبية'], other: ['روبيات'] },
  { unit: 'RUB', singular: ['روبل'], other: ['روبلات'] },
  { unit: 'CNY', singular: ['يوان'] },
  { unit: 'IRR', singular: ['تومان'], other: ['تومانات'] },
  { unit: 'cent', singular: ['سنت', 'هللة', 'قرش', 'فلس'], other: ['سنتات', 'هللات', 'قروش', 'فلوس'] },
];

/**
 * Which country an adjective after a currency names. Keys are the currency
 * class, then the adjective in its masculine form; the feminine (ليرة سورية,
 * دولارات أمريكية) and the article are accepted by the reader.
 */
const CURRENCY_ADJECTIVES: Record<string, Record<string, string>> = {
  USD: { 'أمريكي': 'USD', 'أميركي': 'USD', 'كندي': 'CAD', 'أسترالي': 'AUD', 'استرالي': 'AUD', 'سنغافوري': 'SGD', 'هونغ': 'HKD' },
  riyal: { 'سعودي': 'SAR', 'قطري': 'QAR', 'عماني': 'OMR', 'يمني': 'YER', 'إيراني': 'IRR', 'برازيلي': 'BRL' },
  dinar: {
    'عراقي': 'IQD', 'كويتي': 'KWD', 'أردني': 'JOD', 'بحريني': 'BHD', 'ليبي': 'LYD',
    'جزائري': 'DZD', 'تونسي': 'TND', 'صربي': 'RSD',
  },
  pound: { 'مصري': 'EGP', 'سوداني': 'SDG', 'إسترليني': 'GBP', 'استرليني': 'GBP', 'بريطاني': 'GBP', 'لبناني': 'LBP', 'سوري': 'SYP' },
  dirham: { 'إماراتي': 'AED', 'اماراتي': 'AED', 'مغربي': 'MAD' },
  lira: { 'سوري': 'SYP', 'لبناني': 'LBP', 'تركي': 'TRY' },
  franc: { 'سويسري': 'CHF', 'فرنسي': 'FRF' },
  rupee: { 'هندي': 'INR', 'باكستاني': 'PKR' },
};

/** Signs written next to digits. */
const CURRENCY_SIGNS: Record<string, string> = { '$': 'USD', '€': 'EUR', '£': 'GBP' };

const PEOPLE: UnitEntry[] = [
  {
    unit: 'person',
    singular: ['شخص', 'فرد', 'مواطن', 'نسمة', 'إنسان', 'مدني', 'مقيم', 'مشارك', 'زائر', 'مستفيد', 'مسافر', 'متطوع', 'مشترك', 'ساكن', 'ناشط'],
    other: ['أشخاص', 'أفراد', 'مواطنين', 'مواطنون', 'مدنيين', 'مدنيون', 'مقيمين', 'مشاركين', 'زوار', 'مستفيدين', 'مسافرين', 'متطوعين', 'مشتركين',
      'ناشطين', 'ناشطون', 'سكان'],
  },
  {
    unit: 'troops',
    singular: ['جندي', 'مقاتل', 'عسكري', 'عنصر', 'مسلح', 'مجند', 'ضابط', 'مرتزق'],
    other: ['جنود', 'مقاتلين', 'مقاتلون', 'عسكريين', 'عسكريون', 'عناصر', 'قوات', 'مسلحين', 'مسلحون', 'مجندين', 'ضباط', 'مرتزقة'],
  },
  { unit: 'killed', singular: ['قتيل', 'شهيد', 'ضحية', 'وفاة', 'متوفى'], other: ['قتلى', 'شهداء', 'ضحايا', 'وفيات'] },
  { unit: 'injured', singular: ['مصاب', 'جريح'], other: ['مصابين', 'مصابون', 'جرحى'] },
  { unit: 'case', singular: ['إصابة', 'حالة'], other: ['إصابات', 'حالات'] },
  { unit: 'detained', singular: ['معتقل', 'أسير', 'سجين', 'موقوف', 'محتجز', 'رهينة', 'مخطوف'], other: ['معتقلين', 'أسرى', 'سجناء', 'موقوفين', 'محتجزين', 'رهائن', 'مختطفين', 'مخطوفين'] },
  { unit: 'displaced', singular: ['نازح', 'لاجئ', 'مهاجر', 'مهجر'], other: ['نازحين', 'لاجئين', 'مهاجرين', 'مهجرين'] },
  { unit: 'missing', singular: ['مفقود'], other: ['مفقودين'] },
  { unit: 'child', singular: ['طفل', 'طفلة'], other: ['أطفال'] },
  { unit: 'man', singular: ['رجل'], other: ['رجال'] },
  { unit: 'official', singular: ['مسؤول', 'مسئول'], other: ['مسؤولين', 'مسؤولون', 'مسئولين'] },
  { unit: 'woman', singular: ['امرأة', 'سيدة'], other: ['نساء', 'سيدات'] },
  { unit: 'student', singular: ['طالب', 'طالبة', 'تلميذ'], other: ['طلاب', 'طالبات', 'طلبة', 'تلاميذ'] },
  { unit: 'worker', singular: ['عامل', 'موظف', 'موظفة'], other: ['عمال', 'موظفين', 'موظفات', 'عاملين'] },
  { unit: 'pilgrim', singular: ['حاج', 'معتمر'], other: ['حجاج', 'معتمرين'] },
  { unit: 'member', singular: ['عضو'], other: ['أعضاء'] },
  { unit: 'family', singular: ['أسرة', 'عائلة'], other: ['أسر', 'عائلات'] },
];

const TIME: UnitEntry[] = [
  { unit: 'second', singular: ['ثانية'], other: ['ثوان', 'ثواني', 'ثوانٍ'] },
  { unit: 'minute', singular: ['دقيقة'], other: ['دقائق'] },
  { unit: 'hour', singular: ['ساعة'], other: ['ساعات'] },
  { unit: 'day', singular: ['يوم'], other: ['أيام'] },
  { unit: 'week', singular: ['أسبوع'], other: ['أسابيع'] },
  { unit: 'month', singular: ['شهر'], other: ['أشهر', 'شهور'] },
  { unit: 'year', singular: ['عام', 'سنة'], other: ['أعوام', 'سنوات', 'سنين'] },
  { unit: 'decade', singular: ['عقد'], other: ['عقود'] },
  { unit: 'century', singular: ['قرن'], other: ['قرون'] },
];

const MEASURES: UnitEntry[] = [
  { unit: 'percent', singular: [], other: ['%', 'بالمئة', 'بالمائة', 'بالمية', 'بالميه'] },
  { unit: 'percentage_point', singular: ['نقطة'], other: ['نقاط'], then: 'مئوية' },
  { unit: 'point', singular: ['نقطة'], other: ['نقاط'] },
  { unit: 'degree', singular: ['درجة'], other: ['درجات'], then: 'مئوية' },
  { unit: 'degree', singular: ['درجة'], other: ['درجات'] },
  { unit: 'km2', singular: ['كيلومتر', 'كم'], other: ['كيلومترات', 'كلم'], then: 'مربع' },
  { unit: 'km', singular: [], other: ['كيلو'], then: 'متر' },
  { unit: 'm2', singular: ['متر'], other: ['أمتار'], then: 'مربع' },
  { unit: 'm3', singular: ['متر'], other: ['أمتار'], then: 'مكعب' },
  { unit: 'km', singular: ['كيلومتر', 'كم', 'كلم'], other: ['كيلومترات'] },
  { unit: 'm', singular: ['متر'], other: ['أمتار'] },
  { unit: 'cm', singular: ['سنتيمتر', 'سم'], other: ['سنتيمترات'] },
  { unit: 'mile', singular: ['ميل'], other: ['أميال'] },
  { unit: 'hectare', singular: ['هكتار'], other: ['هكتارات'] },
  { unit: 'dunam', singular: ['دونم'], other: ['دونمات'] },
  { unit: 'feddan', singular: ['فدان'], other: ['أفدنة'] },
  { unit: 'ton', singular: ['طن'], other: ['أطنان', 'طنا'] },
  { unit: 'kg', singular: ['كيلوغرام', 'كيلوجرام', 'كغ', 'كجم', 'كيلو'], other: ['كيلوغرامات', 'كيلوجرامات'] },
  { unit: 'g', singular: ['غرام', 'جرام'], other: ['غرامات', 'جرامات'] },
  { unit: 'liter', singular: ['لتر', 'ليتر'], other: ['لترات', 'ليترات'] },
  { unit: 'barrel', singular: ['برميل'], other: ['براميل'] },
  { unit: 'megawatt', singular: ['ميغاواط', 'ميجاوات', 'ميغاوات', 'ميجاواط'] },
  { unit: 'kilowatt', singular: ['كيلوواط', 'كيلووات'] },
];

const THINGS: UnitEntry[] = [
  { unit: 'house', singular: ['منزل', 'بيت', 'مسكن', 'شقة', 'فيلا'], other: ['منازل', 'بيوت', 'مساكن', 'شقق', 'فلل'] },
  { unit: 'building', singular: ['مبنى', 'مبنا', 'بناية'], other: ['مباني', 'مبان', 'بنايات'] },
  { unit: 'school', singular: ['مدرسة'], other: ['مدارس'] },
  { unit: 'hospital', singular: ['مستشفى'], other: ['مستشفيات'] },
  { unit: 'mosque', singular: ['مسجد', 'جامع'], other: ['مساجد'] },
  { unit: 'vehicle', singular: ['سيارة', 'مركبة', 'شاحنة', 'حافلة', 'آلية'], other: ['سيارات', 'مركبات', 'شاحنات', 'حافلات', 'آليات'] },
  { unit: 'aircraft', singular: ['طائرة', 'مروحية'], other: ['طائرات', 'مروحيات'] },
  { unit: 'missile', singular: ['صاروخ', 'قذيفة'], other: ['صواريخ', 'قذائف'] },
  { unit: 'airstrike', singular: ['غارة', 'ضربة'], other: ['غارات', 'ضربات'] },
  { unit: 'attack', singular: ['هجوم'], other: ['هجمات'] },
  { unit: 'operation', singular: ['عملية'], other: ['عمليات'] },
  { unit: 'ship', singular: ['سفينة', 'زورق'], other: ['سفن', 'زوارق'] },
  { unit: 'tank', singular: ['دبابة'], other: ['دبابات'] },
  { unit: 'company', singular: ['شركة', 'مؤسسة'], other: ['شركات', 'مؤسسات'] },
  { unit: 'country', singular: ['دولة', 'بلد'], other: ['دول', 'بلدان'] },
  { unit: 'city', singular: ['مدينة'], other: ['مدن'] },
  { unit: 'province', singular: ['ولاية', 'محافظة', 'إقليم'], other: ['ولايات', 'محافظات', 'أقاليم'] },
  { unit: 'village', singular: ['قرية', 'بلدة'], other: ['قرى', 'بلدات'] },
  { unit: 'project', singular: ['مشروع'], other: ['مشاريع', 'مشروعات'] },
  { unit: 'job', singular: ['وظيفة'], other: ['وظائف'] },
  { unit: 'seat', singular: ['مقعد'], other: ['مقاعد'] },
  { unit: 'vote', singular: ['صوت'], other: ['أصوات'] },
  { unit: 'bed', singular: ['سرير'] },
  { unit: 'dose', singular: ['جرعة'], other: ['جرعات'] },
  { unit: 'test', singular: ['فحص', 'اختبار'], other: ['فحوصات', 'اختبارات'] },
  { unit: 'tent', singular: ['خيمة'], other: ['خيام'] },
  { unit: 'painting', singular: ['لوحة'], other: ['لوحات'] },
  { unit: 'book', singular: ['كتاب'], other: ['كتب'] },
  { unit: 'film', singular: ['فيلم'], other: ['أفلام'] },
  { unit: 'team', singular: ['فريق', 'منتخب'], other: ['فرق', 'منتخبات'] },
  { unit: 'times', singular: ['مرة'], other: ['مرات'] },
  { unit: 'item', singular: ['قطعة'], other: ['قطع'] },
  { unit: 'head', singular: ['رأس'], other: ['رؤوس'] },
  { unit: 'tree', singular: ['شجرة'], other: ['أشجار'] },
  { unit: 'unit', singular: ['وحدة'], other: ['وحدات'] },
  { unit: 'meal', singular: ['وجبة'], other: ['وجبات'] },
  { unit: 'lash', singular: ['جلدة'], other: ['جلدات'] },
  { unit: 'basket', singular: ['سلة'], other: ['سلال'] },
];

/** Canonical unit and whether the form is a dual ("يومين" is two days by itself). */
export interface UnitForm {
  unit: string;
  dual: boolean;
  /** A second word required after this one ("متر مربع"). */
  then?: string;
}

function addForm(m: Map<string, UnitForm[]>, word: string, form: UnitForm): void {
  const key = foldText(word);
  const list = m.get(key);
  if (!list) m.set(key, [form]);
  else if (!list.some((f) => f.unit === form.unit && f.dual === form.dual && f.then === form.then)) list.push(form);
}

/** Abbreviations take no endings: "كمين" is an ambush and "كلما" means "whenever". */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['كم', 'سم', 'كغ', 'كجم', 'كلم', 'طن'].map(foldText));

/**
 * Nouns whose dual is spelt like a more common word: طالبان (the Taliban),
 * ميلان (Milan), عاملان (two factors), سنتين (two years, not two cents),
 * فردان (a family name).
 */
const NO_DUAL: ReadonlySet<string> = new Set(['طالب', 'ميل', 'عامل', 'سنت', 'فرد'].map(foldText));

/** Accusative and dual forms of a folded singular noun. */
function derived(singular: string): { acc: string[]; dual: string[] } {
  const f = foldText(singular);
  if (ABBREVIATIONS.has(f)) return { acc: [], dual: [] };
  if (NO_DUAL.has(f)) return { acc: [f + 'ا'], dual: [] };
  if (f.endsWith('ه')) {
    const stem = f.slice(0, -1) + 'ت';
    return { acc: [], dual: [stem + 'ان', stem + 'ين'] };
  }
  if (f.endsWith('ا') || f.endsWith('و')) return { acc: [], dual: [] };
  return { acc: [f + 'ا'], dual: [f + 'ان', f + 'ين'] };
}

/**
 * Every unit noun form (folded) mapped to its readings. Readings that need a
 * second word (`then`: "متر مربع", "كيلو متر") come first so the longer one wins.
 */
export const UNIT_FORMS: ReadonlyMap<string, UnitForm[]> = (() => {
  const m = new Map<string, UnitForm[]>();
  for (const e of [...CURRENCIES, ...PEOPLE, ...TIME, ...MEASURES, ...THINGS]) {
    const then = e.then ? foldText(e.then) : undefined;
    for (const s of e.singular) {
      addForm(m, s, { unit: e.unit, dual: false, then });
      const d = derived(s);
      for (const a of d.acc) addForm(m, a, { unit: e.unit, dual: false, then });
      for (const a of d.dual) addForm(m, a, { unit: e.unit, dual: true, then });
    }
    for (const o of e.other ?? []) addForm(m, o, { unit: e.unit, dual: false, then });
  }
  for (const [key, list] of m) {
    // A nisba plural and its dual are spelt alike (مدنيين): read the plural.
    const kept = list.filter((f) => !f.dual || !list.some((g) => !g.dual && g.unit === f.unit && g.then === f.then));
    kept.sort((a, b) => (b.then ? 1 : 0) - (a.then ? 1 : 0));
    m.set(key, kept);
  }
  return m;
})();

/**
 * Unit classes counted in whole numbers: people and things. "13.200 شخص" can
 * only be 13,200 (see dotGroupedThousands); measures, time and money can be
 * fractional.
 */
export const WHOLE_COUNT_UNITS: ReadonlySet<string> = new Set([...PEOPLE, ...THINGS].map((e) => e.unit));

/**
 * Unit classes a figure may be negative in: temperatures, rates, index
 * points and money. A hyphen before a count of people or of days is a list
 * dash ("-12 قتيلا"), not a sign.
 */
export const SIGNED_UNITS: ReadonlySet<string> = new Set([
  'degree', 'percent', 'percentage_point', 'point',
  ...CURRENCIES.map((e) => e.unit),
  ...Object.values(CURRENCY_ADJECTIVES).flatMap((m) => Object.values(m)),
  ...Object.values(CURRENCY_SIGNS),
]);

/** Currency class → folded adjective → ISO code. */
export const CURRENCY_BY_ADJECTIVE: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(
  Object.entries(CURRENCY_ADJECTIVES).map(([cls, adj]) => [
    cls,
    new Map(Object.entries(adj).map(([w, code]) => [foldText(w), code])),
  ]),
);

export const CURRENCY_SIGN: ReadonlyMap<string, string> = new Map(Object.entries(CURRENCY_SIGNS));

/** Names that begin with a unit noun: "800 من الولايات المتحدة" counts nothing named. */
export const NAMES_NOT_UNITS: ReadonlySet<string> = new Set(
  ['الولايات المتحدة', 'الدول العربية', 'المدن الجامعية'].map(foldText),
);

/** Two-word percent phrases: "في المئة", "في المائة". */
export const PERCENT_AFTER_FI: ReadonlySet<string> = new Set(['المئة', 'المائة', 'المية'].map(foldText));
export const FI = foldText('في');
