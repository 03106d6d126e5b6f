/**
 * Word classes for finding people in folded text: given names, titles,
 * reporting verbs, words that are never names, and the tests built on them.
 * Everything is folded and indexed once, at module load.
 */
import { namePartKey } from '../keys/name-key.ts';
import { AMBIGUOUS_GIVEN_NAMES, ARABIC_GIVEN_NAMES, WESTERN_GIVEN_NAMES } from '../lexicon/given-names.ts';
import {
  AFTER_SPEAKER, COMPLEMENTIZERS, NOT_NAMES, REPORTING_VERBS, SPEECH_PARTICIPLES, TITLE_COMPLEMENT_HEADS, TITLES,
  WEAK_REPORTING_VERBS,
} from '../lexicon/person-cues.ts';
import { PLACES } from '../lexicon/places.ts';
import { foldText } from '../normalize/fold.ts';
import type { Token } from '../segment/tokens.ts';
import { stemReadings, type Reading } from './gazetteer.ts';

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(foldText));

/** Memoizes a pure function of a word; words repeat a lot within and across articles. */
function memo<T>(fn: (s: string) => T, limit = 50_000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= limit) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** Clitic readings of a word; the arrays are shared and must not be changed. */
export const readingsOf: (word: string) => readonly Reading[] = memo(stemReadings);
export const partKeyOf = memo(namePartKey);

export function stemIn(word: string, words: ReadonlySet<string>): boolean {
  for (const r of readingsOf(word)) if (words.has(r.stem)) return true;
  return false;
}

export const ARABIC = set(ARABIC_GIVEN_NAMES);
export const WESTERN = set(WESTERN_GIVEN_NAMES);
export const AMBIGUOUS = set(AMBIGUOUS_GIVEN_NAMES);
export const COMPLEMENTIZER = set(COMPLEMENTIZERS);
export const NOT_NAME = set(NOT_NAMES);
export const COMPLEMENT_HEAD = set(TITLE_COMPLEMENT_HEADS);
export const PARTICIPLE = set(SPEECH_PARTICIPLES);
export const AFTER_SPEAKER_WORD = set(AFTER_SPEAKER);

/** Every past reporting verb form with its conjunction clitic: قال، وقال، فقالت … */
export const REPORTING_VERB_FORMS: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const v of REPORTING_VERBS.flat().map(foldText)) {
    out.add(v);
    out.add('و' + v);
    out.add('ف' + v);
  }
  return out;
})();

/** Reporting verbs that may announce a speaker's name. */
export const NAME_CUE_VERBS: ReadonlySet<string> = (() => {
  const weak = set(WEAK_REPORTING_VERBS);
  return new Set([...REPORTING_VERB_FORMS].filter((v) => !weak.has(v) && !weak.has(v.slice(1))));
})();

/** Titles indexed by their first word; the rest of each title, longest first. */
export const TITLE_INDEX: ReadonlyMap<string, string[][]> = (() => {
  const index = new Map<string, string[][]>();
  for (const title of TITLES) {
    const w = foldText(title).split(/\s+/);
    const list = index.get(w[0]) ?? [];
    list.push(w.slice(1));
    index.set(w[0], list);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
})();
export const TITLE_WORD: ReadonlySet<string> = new Set(TITLES.flatMap((t) => foldText(t).split(/\s+/)));

/** Words that stop a title's complement: relative pronouns and times ("رئيس الوزراء الذي", "الوزير اليوم"). */
export const COMPLEMENT_STOP = set([
  'الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اليوم', 'الآن', 'إلى', 'إلا', 'الأحد', 'الاثنين', 'الإثنين',
  'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت',
]);
export const RELATIVE = set(['الذي', 'التي']);
export const BINDER = new Set(['عبد', 'ابو', 'ابي', 'ابا']);
export const SON_OF = new Set(['بن', 'ابن', 'بنت']);
export const FAMILY = 'ال'; // آل folds to ال: "آل سعود"
export const ALI = foldText('علي');

export function isStopWord(w: string): boolean {
  return NOT_NAME.has(w) || COMPLEMENTIZER.has(w) || REPORTING_VERB_FORMS.has(w) || TITLE_WORD.has(w) ||
    COMPLEMENT_HEAD.has(w) || PARTICIPLE.has(w);
}

export function isGiven(w: string): boolean {
  return ARABIC.has(w) || WESTERN.has(w);
}

/** Nationality adjectives derived from one-word places (أمريكي، سوري، سعودي): not names. */
export const NISBA: ReadonlySet<string> = (() => {
  const out = new Set<string>();
  for (const row of PLACES) {
    for (const name of row) {
      let w = foldText(name);
      if (w.includes(' ')) continue;
      if (w.startsWith('ال')) w = w.slice(2);
      const base = w.replace(/(يا|يه|ه|ا)$/, '');
      if (base.length >= 2) out.add(base + 'ي');
    }
  }
  return out;
})();

// Letters that transliterations of foreign names do not use: a word with one
// of them that is not a known name is an Arabic word, more likely a noun.
export const ARABIC_ONLY_LETTERS = /[عحصضظذثخ]/;

/** An unknown word that may be a name: no article or clitic + article, not a feminine noun, not a present verb. */
export function unknownMayBeName(w: string, afterGivenName = false): boolean {
  if (w.length < 3 || w.startsWith('ال') || w.endsWith('ه') || isStopWord(w)) return false;
  // تفعل/نفعل look like present verbs, but after a given name they are family names ("جمال نزال").
  if (w.startsWith('ي') || (!afterGivenName && (w.startsWith('ت') || w.startsWith('ن')) && w.length === 4)) return false;
  // Attached pronouns (آراؤهم، مواقفها) and nationality adjectives (أمريكي) are not names.
  if (/(هم|هما|ها|كم)$/.test(w) || NISBA.has(w)) return false;
  for (const r of readingsOf(w)) if (r.prefix && (r.stem.startsWith('ال') || isStopWord(r.stem))) return false;
  return true;
}

/** "لعمال البناء", "بتعليم المنطقة": a preposition + noun in construct with the next word. */
export function startsConstruct(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  if (!next || next.type !== 'word' || !next.text.startsWith('ال') || titleEnd(tokens, j + 1) >= 0) return false;
  return /^[لبك]/.test(tokens[j].text);
}

/** The last token of the name part starting at `i` (a binder such as عبد joins the next word). */
export function partEnd(tokens: Token[], i: number, claimed: Uint8Array): number {
  const w = tokens[i].text;
  if (BINDER.has(w) || SON_OF.has(w) || w === FAMILY) {
    const next = tokens[i + 1];
    if (next && next.type === 'word' && !claimed[i + 1] && !isStopWord(next.text)) return i + 1;
    return -1;
  }
  return i;
}

/** The index just past a title starting at token `i`, or -1. */
export function titleEnd(tokens: Token[], i: number): number {
  for (const r of readingsOf(tokens[i].text)) {
    const rests = TITLE_INDEX.get(r.stem);
    if (!rests) continue;
    for (const rest of rests) {
      let ok = true;
      for (let k = 0; k < rest.length && ok; k++) ok = tokens[i + 1 + k]?.text === rest[k];
      if (!ok) continue;
      let end = i + 1 + rest.length;
      if (r.stem === 'د') {
        if (tokens[end]?.text !== '.') continue;
        end++;
      }
      return end;
    }
  }
  return -1;
}
