/**
 * Arabic cardinal number words, written as Arabic writes them. Every entry is
 * folded with `foldText` when the maps below are built, so مئة and مائة,
 * ثلاثة and ثلاثه, ألفاً and الفا all land on one key.
 *
 * The reader (extract/number-words.ts) combines these parts; this module only
 * says what each word is worth and what role it plays.
 */
import { foldText } from '../normalize/fold.ts';

/** 1–10 in every gender and case form news Arabic uses. */
const UNIT_WORDS: Record<number, string[]> = {
  0: ['صفر'],
  1: ['واحد', 'واحدة', 'واحدا', 'واحداً'],
  2: ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'إثنان', 'إثنين', 'إثنتان', 'إثنتين'],
  3: ['ثلاث', 'ثلاثة'],
  4: ['أربع', 'أربعة'],
  5: ['خمس', 'خمسة'],
  6: ['ست', 'ستة'],
  7: ['سبع', 'سبعة'],
  8: ['ثمان', 'ثماني', 'ثمانية', 'ثمانى'],
  9: ['تسع', 'تسعة'],
  10: ['عشر', 'عشرة'],
};

/**
 * Words that are a unit only as the first half of a teen: أحد عشر, إحدى عشرة,
 * اثنا عشر. On their own أحد and إحدى mean "one of" and are never a number.
 */
const TEEN_ONLY_WORDS: Record<number, string[]> = {
  1: ['أحد', 'إحدى', 'احدى'],
  2: ['اثنا', 'اثني', 'اثنتا', 'اثنتي', 'إثنا', 'إثني', 'إثنتا', 'إثنتي'],
};

/** The second half of a teen: ثلاثة عشر, ثلاث عشرة. */
const TEEN_TEN_WORDS = ['عشر', 'عشرة'];

const TENS_WORDS: Record<number, string[]> = {
  20: ['عشرون', 'عشرين'],
  30: ['ثلاثون', 'ثلاثين'],
  40: ['أربعون', 'أربعين'],
  50: ['خمسون', 'خمسين'],
  60: ['ستون', 'ستين'],
  70: ['سبعون', 'سبعين'],
  80: ['ثمانون', 'ثمانين'],
  90: ['تسعون', 'تسعين'],
};

/** Whole hundreds, each in both spellings (مئة / مائة) and joined or split forms of the dual. */
const HUNDREDS_WORDS: Record<number, string[]> = {
  100: ['مئة', 'مائة', 'مية'],
  200: ['مئتان', 'مئتين', 'مائتان', 'مائتين', 'مئتا', 'مئتي', 'مائتا', 'مائتي'],
  300: ['ثلاثمئة', 'ثلاثمائة'],
  400: ['أربعمئة', 'أربعمائة'],
  500: ['خمسمئة', 'خمسمائة'],
  600: ['ستمئة', 'ستمائة'],
  700: ['سبعمئة', 'سبعمائة'],
  800: ['ثمانمئة', 'ثمانمائة', 'ثمانيمئة', 'ثمانيمائة'],
  900: ['تسعمئة', 'تسعمائة'],
};

/** Written apart after a unit ("ثلاث مئة", "خمس مائة"): multiplies the unit by 100. */
const HUNDRED_WORDS = ['مئة', 'مائة'];

export type ScaleForm = 'singular' | 'plural' | 'dual' | 'singular-or-dual';

interface ScaleEntry {
  value: number;
  /** ألف, ألوف. */
  singular: string[];
  /** آلاف: only after 3–10. */
  plural: string[];
  /** ألفان/ألفين (2,000), and the construct ألفي ("بألفي دولار"). */
  dual: string[];
  /**
   * ألفاً/ألفا: folding drops the tanween, so one spelling is both the
   * accusative singular after 11–99 ("عشرون ألفاً" = 20,000) and the
   * nominative dual in construct ("ألفا دولار" = 2,000). The reader decides
   * from what follows (extract/construct-dual.ts).
   */
  singularOrDual: string[];
}

const SCALE_ENTRIES: ScaleEntry[] = [
  {
    value: 1e3,
    singular: ['ألف'],
    plural: ['آلاف', 'ألوف', 'الاف'],
    dual: ['ألفان', 'ألفين', 'ألفي'],
    singularOrDual: ['ألفاً', 'ألفا'],
  },
  {
    value: 1e6,
    singular: ['مليون'],
    plural: ['ملايين'],
    dual: ['مليونان', 'مليونين', 'مليوني'],
    singularOrDual: ['مليوناً', 'مليونا'],
  },
  {
    value: 1e9,
    singular: ['مليار', 'بليون'],
    plural: ['مليارات', 'بلايين'],
    dual: ['ملياران', 'مليارين', 'ملياري', 'بليونان', 'بليونين', 'بليوني'],
    singularOrDual: ['ملياراً', 'مليارا', 'بليوناً', 'بليونا'],
  },
  {
    value: 1e12,
    singular: ['تريليون', 'ترليون'],
    plural: ['تريليونات', 'ترليونات'],
    dual: ['تريليونان', 'تريليونين', 'تريليوني', 'ترليونين', 'ترليوني'],
    singularOrDual: ['تريليوناً', 'تريليونا', 'ترليونا'],
  },
];

/** Fractions that count only next to a scale: "نصف مليون", "مليون ونصف", "مليار وربع". */
const FRACTION_WORDS: Record<string, number> = {
  'نصف': 0.5,
  'ربع': 0.25,
  'ثلث': 1 / 3,
  'ثلثا': 2 / 3,
  'ثلثي': 2 / 3,
};

/** The decimal point spelt out: "ثلاثة عشر فاصلة اثنان" is 13.2. */
const DECIMAL_POINT_WORDS = ['فاصلة', 'فاصل'];

// ---------------------------------------------------------------------------
// Folded lookup tables, built once.

export type NumberWordKind = 'unit' | 'teen-only' | 'tens' | 'hundreds';

export interface NumberWord {
  kind: NumberWordKind;
  value: number;
}

export interface ScaleWord {
  value: number;
  form: ScaleForm;
}

function foldedMap<T>(groups: Record<string | number, string[]>, make: (key: number) => T, into = new Map<string, T>()): Map<string, T> {
  for (const [key, words] of Object.entries(groups)) {
    for (const w of words) {
      const f = foldText(w);
      if (!into.has(f)) into.set(f, make(Number(key)));
    }
  }
  return into;
}

/** Plain number words (not scales) by folded spelling. */
export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = (() => {
  const m = new Map<string, NumberWord>();
  foldedMap(UNIT_WORDS, (value) => ({ kind: 'unit' as const, value }), m);
  foldedMap(TEEN_ONLY_WORDS, (value) => ({ kind: 'teen-only' as const, value }), m);
  foldedMap(TENS_WORDS, (value) => ({ kind: 'tens' as const, value }), m);
  foldedMap(HUNDREDS_WORDS, (value) => ({ kind: 'hundreds' as const, value }), m);
  return m;
})();

export const TEEN_TENS: ReadonlySet<string> = new Set(TEEN_TEN_WORDS.map(foldText));
export const HUNDRED_AFTER_UNIT: ReadonlySet<string> = new Set(HUNDRED_WORDS.map(foldText));

export const SCALE_WORDS: ReadonlyMap<string, ScaleWord> = (() => {
  const m = new Map<string, ScaleWord>();
  for (const e of SCALE_ENTRIES) {
    const forms = { singular: e.singular, plural: e.plural, dual: e.dual, 'singular-or-dual': e.singularOrDual };
    for (const [form, words] of Object.entries(forms) as [ScaleForm, string[]][]) {
      for (const w of words) m.set(foldText(w), { value: e.value, form });
    }
  }
  return m;
})();

export const FRACTIONS: ReadonlyMap<string, number> = new Map(
  Object.entries(FRACTION_WORDS).map(([w, v]) => [foldText(w), v]),
);

export const DECIMAL_POINT: ReadonlySet<string> = new Set(DECIMAL_POINT_WORDS.map(foldText));

/** The conjunction و written as its own word ("ألف و مئتان"). */
export const AND_WORD = 'و';
