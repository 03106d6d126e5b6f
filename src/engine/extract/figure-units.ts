/**
 * Reading what a figure counts from the words around its number: the noun
 * right after it ("1200 فرد", "عشرة آلاف مقاتل", "15 جريحاً"), a partitive
 * "من" ("1200 من قوات التحالف"), a percent sign or phrase, a currency sign,
 * and the adjective that names a currency's country ("ريال سعودي").
 */
import type { Token } from '../segment/tokens.ts';
import { cliticReadings, withoutArticle } from '../normalize/clitics.ts';
import { foldText } from '../normalize/fold.ts';
import {
  CURRENCY_BY_ADJECTIVE, CURRENCY_SIGN, FI, NAMES_NOT_UNITS, PERCENT_AFTER_FI, UNIT_FORMS, type UnitForm,
} from '../lexicon/units.ts';

export interface UnitReading {
  unit: string;
  /** Index of the first token after the unit words. */
  next: number;
}

const MIN = foldText('من');
const ARTICLE = 'ال';

function word(tokens: Token[], k: number): string | undefined {
  const t = tokens[k];
  return t && t.type === 'word' ? t.text : undefined;
}

/** The first reading of `forms` whose required second word (if any) is at k + 1. */
function pick(tokens: Token[], k: number, forms: UnitForm[] | undefined): { form: UnitForm; next: number } | null {
  if (!forms) return null;
  for (const f of forms) {
    if (!f.then) return { form: f, next: k + 1 };
    const w = word(tokens, k + 1);
    if (w !== undefined && (w === f.then || w === f.then + 'ا' || w === ARTICLE + f.then)) return { form: f, next: k + 2 };
  }
  return null;
}

/** "ريال سعودي" → SAR, "دولارات أمريكية" → USD, "الليرة التركية" → TRY. */
function withAdjective(tokens: Token[], unit: string, k: number): UnitReading {
  const byAdj = CURRENCY_BY_ADJECTIVE.get(unit);
  const w = word(tokens, k);
  if (!byAdj || w === undefined) return { unit, next: k };
  const adj = w.startsWith(ARTICLE) && w.length > 4 ? w.slice(2) : w;
  // سوري, سورية (ليرة سورية), سوريا (جنيهاً مصرياً).
  const code = byAdj.get(adj) ?? (adj.endsWith('ه') || adj.endsWith('ا') ? byAdj.get(adj.slice(0, -1)) : undefined);
  return code ? { unit: code, next: k + 1 } : { unit, next: k };
}

/** A unit noun, percent word or sign at token k (the noun written without clitics). */
function unitAt(tokens: Token[], k: number, allowArticle: boolean): UnitReading | null {
  const t = tokens[k];
  if (!t) return null;
  if (t.type === 'punct') {
    if (t.text === '%') return { unit: 'percent', next: k + 1 };
    const sign = CURRENCY_SIGN.get(t.text);
    return sign ? { unit: sign, next: k + 1 } : null;
  }
  if (t.type !== 'word') return null;
  if (t.text === FI) {
    const w = word(tokens, k + 1);
    return w !== undefined && PERCENT_AFTER_FI.has(w) ? { unit: 'percent', next: k + 2 } : null;
  }
  let hit = pick(tokens, k, UNIT_FORMS.get(t.text));
  if (!hit && allowArticle) {
    const bare = withoutArticle(t.text);
    if (bare !== undefined && !t.text.startsWith('لل')) hit = pick(tokens, k, UNIT_FORMS.get(bare));
  }
  if (!hit) return null;
  return withAdjective(tokens, hit.form.unit, hit.next);
}

/** The unit right after a number at token k: "دولار", "%", "في المئة", "جريحاً". */
export function unitAfter(tokens: Token[], k: number): UnitReading | null {
  return unitAt(tokens, k, false);
}

/**
 * A partitive "من" and the counted noun: "1200 من قوات التحالف",
 * "ثلاثة من الجنود". `definite` tells whether the noun had the article,
 * which is what makes "ثلاثة من المسؤولين" a count even when the noun is unknown.
 */
export function partitiveAfter(tokens: Token[], k: number): (UnitReading & { known: boolean }) | null {
  if (word(tokens, k) !== MIN) return null;
  const w = word(tokens, k + 1);
  if (w === undefined) return null;
  const pair = w + ' ' + (word(tokens, k + 2) ?? '');
  if (NAMES_NOT_UNITS.has(pair)) return { unit: '', next: k, known: false };
  const u = unitAt(tokens, k + 1, true);
  if (u) return { ...u, known: true };
  return w.startsWith(ARTICLE) && w.length > 3 ? { unit: '', next: k, known: false } : null;
}

/** A currency sign written before the digits: "$5", "€ 20". */
export function signBefore(tokens: Token[], start: number): string | undefined {
  const t = tokens[start - 1];
  if (!t || t.type !== 'punct') return undefined;
  return t.text === '%' ? 'percent' : CURRENCY_SIGN.get(t.text);
}

/** A dual unit noun standing alone for two: "يومين", "لمدة شهرين", "بعد ساعتين". */
export function dualAt(tokens: Token[], k: number): UnitReading | null {
  const t = tokens[k];
  if (!t || t.type !== 'word') return null;
  const unit = dualUnit(t.text);
  return unit === null ? null : withAdjective(tokens, unit, k + 1);
}

/** Per-word memo of dualUnit, as most words are looked up many times per article. */
const dualCache = new Map<string, string | null>();
const DUAL_CACHE_LIMIT = 50_000;

/** The unit of a dual noun, clitics peeled ("ليومين" → day), or null. */
function dualUnit(word: string): string | null {
  const cached = dualCache.get(word);
  if (cached !== undefined) return cached;
  let found: string | null = null;
  for (const r of cliticReadings(word)) {
    const forms = UNIT_FORMS.get(r.stem);
    const dual = forms?.find((f) => f.dual && !f.then);
    if (dual && !forms?.some((f) => !f.dual)) {
      found = dual.unit;
      break;
    }
  }
  if (dualCache.size >= DUAL_CACHE_LIMIT) dualCache.clear();
  dualCache.set(word, found);
  return found;
}
