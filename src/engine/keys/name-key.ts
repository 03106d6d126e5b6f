/**
 * Keys for person names that survive the ways Arabic news transliterates a
 * foreign name, without merging different Arabic names.
 *
 *   كيكينز ─┐                     ستولتنبرغ   ─┐
 *   ككينز   ├─▶ ككنس               ستولتنبيرغ ├─▶ ستلتنبرك
 *   كاجينز ─┘                     ستولتنبرج  ─┘
 *
 * A foreign (transliterated) word is reduced to a consonant skeleton: its
 * inner long vowels ا و ي are dropped and letters that render one Latin sound
 * are joined (G/J/K/Q: ك ج غ ق گ چ, S/Z/SH: س ز ش, T: ت ط, F/V: ف ڤ, P/B: ب پ,
 * D: د ض). A word is Arabic, and kept exactly as folded, when it is a known
 * Arabic given name, carries the article, or contains a letter that
 * transliterations do not use (ع ح ص ض ظ ذ ث خ): so جمال ≠ كمال and خالد ≠ حالد.
 * Names are never stemmed: no suffix is ever cut.
 */
import { ARABIC_GIVEN_NAMES } from '../lexicon/given-names.ts';
import { foldText } from '../normalize/fold.ts';

const ARABIC_NAMES: ReadonlySet<string> = new Set(ARABIC_GIVEN_NAMES.map(foldText));

// Letters that mark a word as Arabic: foreign names are not written with them.
const ARABIC_LETTERS = /[عحصضظذثخ]/;

const SOUND: Readonly<Record<string, string>> = {
  'ك': 'ك', 'ج': 'ك', 'غ': 'ك', 'ق': 'ك', 'گ': 'ك', 'چ': 'ك',
  'س': 'س', 'ز': 'س', 'ش': 'س',
  'ت': 'ت', 'ط': 'ت',
  'ف': 'ف', 'ڤ': 'ف', 'ب': 'ب', 'پ': 'ب', 'د': 'د', 'ض': 'د',
};

const VOWEL_LETTERS = new Set(['ا', 'و', 'ي']);

/** Words that bind to the next word: "عبد المهدي" and "عبدالمهدي" are one name part. */
const BINDING = new Set(['عبد', 'ابو', 'ابي', 'ابا']);
const SON_OF = new Set(['بن', 'ابن', 'بنت']);

/** True when `word` (folded) reads as an Arabic word rather than a transliteration. */
export function isArabicNameWord(word: string): boolean {
  return ARABIC_NAMES.has(word) || word.startsWith('ال') || ARABIC_LETTERS.test(word) ||
    BINDING.has(word) || SON_OF.has(word) || word === 'ال';
}

/** The tolerant key of one transliterated word. */
export function foreignWordKey(word: string): string {
  let mapped = '';
  for (const ch of word) {
    if (ch === 'ء') continue;
    mapped += SOUND[ch] ?? ch;
  }
  if (mapped.length === 0) return mapped;
  let skeleton = mapped[0];
  for (let i = 1; i < mapped.length; i++) if (!VOWEL_LETTERS.has(mapped[i])) skeleton += mapped[i];
  // Short names carry little information in their consonants (كيري/كاري):
  // keep their vowels so they are not merged.
  return skeleton.length >= 3 ? skeleton : mapped;
}

/** Splits a folded name into its parts, joining عبد/أبو with the next word. */
export function nameParts(foldedName: string): string[] {
  const words = foldedName.split(/[\s\-‐–_]+/u).filter(Boolean);
  const parts: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (BINDING.has(w) && i + 1 < words.length) {
      parts.push(w + words[i + 1]);
      i++;
    } else if (SON_OF.has(w)) {
      parts.push(w === 'بنت' ? 'بنت' : 'بن');
    } else {
      parts.push(w);
    }
  }
  return parts;
}

/** The key of one name part: exact for Arabic words, tolerant for transliterations. */
export function namePartKey(part: string): string {
  return isArabicNameWord(part) || /^اب[ويا]./.test(part) ? part : foreignWordKey(part);
}

/**
 * A transliteration-tolerant key for a folded person name: "مايلز كيكينز" and
 * "مايلز كاجينز" share one key, "جمال" and "كمال" do not.
 */
export function nameKey(foldedName: string): string {
  return nameParts(foldedName).map(namePartKey).join(' ');
}
