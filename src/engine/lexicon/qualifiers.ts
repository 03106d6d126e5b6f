/**
 * How a figure is hedged. Phrases are whole words; the first word may carry
 * a clitic (بأكثر من، وحوالي، بما لا يقل عن). Longer phrases win, which is
 * what keeps the negation: "ما لا يقل عن" is at_least, while "ما يقل عن"
 * is less_than.
 */
import { foldText } from '../normalize/fold.ts';
import type { Qualifier } from '../types.ts';

const BEFORE: Record<Exclude<Qualifier, 'exact' | 'range'>, string[]> = {
  more_than: [
    'أكثر من', 'أزيد من', 'ما يزيد على', 'ما يزيد عن', 'يزيد على', 'يزيد عن', 'تزيد على', 'تزيد عن',
    'ما يربو على', 'ما يربو عن', 'يربو على', 'يربو عن', 'ما يفوق', 'يفوق', 'تفوق', 'يتجاوز', 'تتجاوز',
    'ما يتجاوز', 'فوق',
  ],
  less_than: ['أقل من', 'ما يقل عن', 'يقل عن', 'تقل عن', 'دون'],
  about: [
    'نحو', 'حوالي', 'حوالى', 'قرابة', 'زهاء', 'ما يقارب', 'ما يقرب من', 'يقارب', 'تقارب', 'ما يناهز',
    'يناهز', 'تناهز', 'تقريبا',
  ],
  at_least: [
    'ما لا يقل عن', 'لا يقل عن', 'لا تقل عن', 'على الأقل', 'ما لا يقل على', 'لا يقل على',
    'كحد أدنى', 'بحد أدنى',
  ],
  at_most: [
    'ما لا يزيد على', 'ما لا يزيد عن', 'لا يزيد على', 'لا يزيد عن', 'لا تزيد على', 'لا تزيد عن',
    'لا يتجاوز', 'لا تتجاوز', 'ما لا يتجاوز', 'لا يتعدى', 'لا تتعدى', 'حتى', 'ما يصل إلى', 'ما يصل الى',
    'على الأكثر', 'كحد أقصى', 'بحد أقصى',
  ],
};

/** Phrases written after the figure (and its unit): "100 قتيل على الأقل". */
const AFTER: Record<Exclude<Qualifier, 'exact' | 'range'>, string[]> = {
  more_than: [],
  less_than: [],
  about: ['تقريبا', 'تقريباً'],
  at_least: ['على الأقل', 'أو أكثر', 'فأكثر', 'وأكثر', 'كحد أدنى', 'على أقل تقدير'],
  at_most: ['على الأكثر', 'أو أقل', 'فأقل', 'كحد أقصى'],
};

/** Range openers: "بين 10 و20", "ما بين", "من 10 إلى 20". */
const RANGE_BETWEEN = ['بين', 'ما بين'];
const RANGE_FROM = ['من'];
const RANGE_TO = ['إلى', 'الى', 'حتى'];

export interface QualifierPhrase {
  words: string[];
  qualifier: Qualifier;
}

function phrases(table: Record<string, string[]>): QualifierPhrase[] {
  const out: QualifierPhrase[] = [];
  const seen = new Set<string>();
  for (const [qualifier, list] of Object.entries(table)) {
    for (const p of list) {
      const words = foldText(p).split(' ').filter(Boolean);
      const key = words.join(' ');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ words, qualifier: qualifier as Qualifier });
    }
  }
  // Longest first, so "ما لا يقل عن" is tried before "يقل عن".
  return out.sort((a, b) => b.words.length - a.words.length);
}

/** Qualifier phrases before a number, indexed by their last word (matching runs backwards from the number). */
export const QUALIFIERS_BEFORE: ReadonlyMap<string, QualifierPhrase[]> = (() => {
  const m = new Map<string, QualifierPhrase[]>();
  for (const p of phrases(BEFORE)) {
    const last = p.words[p.words.length - 1];
    const list = m.get(last);
    if (list) list.push(p);
    else m.set(last, [p]);
  }
  return m;
})();

/** Qualifier phrases after a figure, indexed by their first word. */
export const QUALIFIERS_AFTER: ReadonlyMap<string, QualifierPhrase[]> = (() => {
  const m = new Map<string, QualifierPhrase[]>();
  for (const p of phrases(AFTER)) {
    const list = m.get(p.words[0]);
    if (list) list.push(p);
    else m.set(p.words[0], [p]);
  }
  return m;
})();

export const RANGE_BETWEEN_WORDS: ReadonlySet<string> = new Set(RANGE_BETWEEN.map(foldText));
export const RANGE_FROM_WORDS: ReadonlySet<string> = new Set(RANGE_FROM.map(foldText));
export const RANGE_TO_WORDS: ReadonlySet<string> = new Set(RANGE_TO.map(foldText));
