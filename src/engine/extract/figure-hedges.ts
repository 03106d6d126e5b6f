/**
 * The words that hedge a figure: a qualifier before it ("أكثر من", "ما لا يقل
 * عن") or after it ("على الأقل"), and the two ends of a range ("بين 10 و20",
 * "من 10 إلى 20", "من 20 - 25").
 */
import type { Token } from '../segment/tokens.ts';
import type { Qualifier } from '../types.ts';
import { cliticReadings } from '../normalize/clitics.ts';
import { foldText } from '../normalize/fold.ts';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE, RANGE_BETWEEN_WORDS, RANGE_FROM_WORDS, RANGE_TO_WORDS } from '../lexicon/qualifiers.ts';
import { readNumeral, type Numeral } from './number-words.ts';
import { isGluedMinus } from './figure-sign.ts';
import { unitAfter } from './figure-units.ts';

const AND = 'و';
const MA = foldText('ما');
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

export function word(tokens: Token[], k: number): string | undefined {
  const t = tokens[k];
  return t && t.type === 'word' ? t.text : undefined;
}

/** Whether `text` is `w`, possibly with proclitics (بأكثر → أكثر). */
export function isWord(text: string | undefined, w: string, clitics: boolean): boolean {
  if (text === undefined) return false;
  if (text === w) return true;
  return clitics && cliticReadings(text).some((r) => r.stem === w);
}

/** The longest qualifier phrase ending right before token `start`. */
export function qualifierBefore(tokens: Token[], start: number): { qualifier: Qualifier; start: number } | null {
  const last = word(tokens, start - 1);
  if (last === undefined) return null;
  let best: { qualifier: Qualifier; start: number; n: number } | null = null;
  const keys = [last, ...cliticReadings(last).slice(1).map((r) => r.stem)];
  for (const key of keys) {
    for (const p of QUALIFIERS_BEFORE.get(key) ?? []) {
      const n = p.words.length;
      if (best && best.n >= n) continue;
      if (n > 1 && key !== last) continue;
      let ok = true;
      for (let m = 1; m < n && ok; m++) ok = isWord(word(tokens, start - 1 - m), p.words[n - 1 - m], m === n - 1);
      if (ok) best = { qualifier: p.qualifier, start: start - n, n };
    }
  }
  return best;
}

/** A qualifier written after the figure: "على الأقل", "تقريباً", "فأكثر". */
export function qualifierAfter(tokens: Token[], k: number): { qualifier: Qualifier; next: number } | null {
  const first = word(tokens, k);
  if (first === undefined) return null;
  for (const p of QUALIFIERS_AFTER.get(first) ?? []) {
    let ok = true;
    for (let m = 1; m < p.words.length && ok; m++) ok = word(tokens, k + m) === p.words[m];
    if (ok) return { qualifier: p.qualifier, next: k + p.words.length };
  }
  return null;
}

/** The number at token j, past a minus glued to it ("إلى -10"); the sign is read later. */
function signedNumeral(tokens: Token[], j: number): Numeral | null {
  return readNumeral(tokens, isGluedMinus(tokens, j) ? j + 1 : j);
}

/**
 * The second number of a range: "و20" after "بين 10", "إلى 20" or "- 20"
 * after "من 10" or "بين 6.5", also past a unit on the first number
 * ("بين 7 سنوات و22 سنة").
 */
export function rangeEnd(tokens: Token[], r: Numeral, opener: 'between' | 'from'): Numeral | null {
  const tryAt = (k: number): Numeral | null => {
    // "من 20 - 25", "بين 10 – 20": a dash between spaces.
    if (DASHES.has(tokens[k]?.text ?? '')) return tokens[k + 1]?.type === 'number' ? readNumeral(tokens, k + 1) : null;
    const w = word(tokens, k);
    if (w === undefined) return null;
    if (RANGE_TO_WORDS.has(w)) return signedNumeral(tokens, k + 1);
    if (opener !== 'between') return null;
    if (w === AND) return readNumeral(tokens, k) ?? signedNumeral(tokens, k + 1);
    return w.startsWith(AND) ? readNumeral(tokens, k) : null;
  };
  const direct = tryAt(r.next);
  if (direct) return direct;
  const u = unitAfter(tokens, r.next);
  return u ? tryAt(u.next) : null;
}

/** "بين" / "ما بين" / "من" right before the number, and where the opener starts. */
export function rangeOpener(tokens: Token[], start: number): { kind: 'between' | 'from'; start: number } | null {
  const w = word(tokens, start - 1);
  if (w === undefined) return null;
  if ([...RANGE_BETWEEN_WORDS].some((b) => isWord(w, b, true))) {
    return { kind: 'between', start: word(tokens, start - 2) === MA ? start - 2 : start - 1 };
  }
  return RANGE_FROM_WORDS.has(w) || cliticReadings(w).some((c) => c.prefix === AND && RANGE_FROM_WORDS.has(c.stem))
    ? { kind: 'from', start: start - 1 } : null;
}
