/**
 * Folding Arabic text for matching while remembering where every folded
 * character came from.
 *
 *   original:  أ ك ث ر ُ   م ن   ١ ٢ ٠ ٠
 *              0 1 2 3 4 5 6 7 8 9 …
 *   folded:    ا ك ث ر     م ن   1 2 0 0        (the damma at 4 is dropped)
 *   start[i]:  0 1 2 3     5 6 7 8 9 …
 *   end[i]:    1 2 3 4     6 7 8 9 10 …
 *
 * `start[i]` is the offset in the original of the character that produced
 * folded character i, `end[i]` the offset just after it. One original
 * character may produce several folded ones (the ligature ﻻ gives لا), and
 * dropped characters produce none, so a folded span [a, b) maps back to
 * [start[a], end[b - 1]).
 *
 * Folding never removes digits, words or punctuation: qualifiers such as
 * أكثر من and negation survive untouched, only their spelling is unified.
 */
export interface Folded {
  text: string;
  start: Int32Array;
  end: Int32Array;
  /** Length of the original text. */
  originalLength: number;
}

const DROP = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF]/;

const SINGLE: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'ڪ': 'ك',
  '٫': '.', '٬': ',', '٪': '%', '،': '،',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\t': ' ',
  '\u2028': '\n', '\u2029': '\n', '\r': '\n',
};

function digitOf(code: number): string | undefined {
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(48 + code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(48 + code - 0x06f0);
  return undefined;
}

/** The folded form of one original character (a single UTF-16 unit). */
function foldUnit(ch: string): string {
  const mapped = SINGLE[ch];
  if (mapped !== undefined) return mapped;
  const code = ch.charCodeAt(0);
  const digit = digitOf(code);
  if (digit) return digit;
  if (code < 0x80) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  // Presentation forms (ﻻ, ﺍ …) carry the same letters as the base block.
  if ((code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) {
    const base = ch.normalize('NFKC');
    let out = '';
    for (const c of base) if (!DROP.test(c)) out += foldUnit(c);
    return out;
  }
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

/** Folds `original`, keeping a map from every folded character back to the original. */
export function fold(original: string): Folded {
  const n = original.length;
  const start = new Int32Array(n + 8);
  const end = new Int32Array(n + 8);
  let text = '';
  let starts = start;
  let ends = end;
  let k = 0;
  const push = (s: string, from: number, to: number) => {
    for (let j = 0; j < s.length; j++) {
      if (k >= starts.length) {
        const grownS = new Int32Array(starts.length * 2);
        grownS.set(starts);
        starts = grownS;
        const grownE = new Int32Array(ends.length * 2);
        grownE.set(ends);
        ends = grownE;
      }
      starts[k] = from;
      ends[k] = to;
      k++;
    }
    text += s;
  };
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = original.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        push(original.slice(i, i + 2), i, i + 2);
        i++;
      } else {
        push('\uFFFD', i, i + 1);
      }
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      push('\uFFFD', i, i + 1);
      continue;
    }
    const ch = original[i];
    if (DROP.test(ch)) continue;
    push(foldUnit(ch), i, i + 1);
    if (text.length > 4096) {
      parts.push(text);
      text = '';
    }
  }
  parts.push(text);
  return { text: parts.join(''), start: starts.subarray(0, k), end: ends.subarray(0, k), originalLength: n };
}

/** Maps a half-open folded span back to the original text. */
export function toOriginal(folded: Folded, from: number, to: number): { start: number; end: number } {
  if (folded.start.length === 0) return { start: 0, end: 0 };
  const a = from < folded.start.length ? folded.start[from] : folded.originalLength;
  const b = to > from ? folded.end[to - 1] : a;
  return { start: a, end: b };
}

/** Folds a word or phrase when the offsets are not needed (lexicons, keys). */
export function foldText(s: string): string {
  return fold(s).text;
}
