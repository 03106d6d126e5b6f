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
    if (base === ch) return ch;
    let out = '';
    for (const c of base) if (!DROP.test(c)) out += foldUnit(c);
    return out;
  }
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower : ch;
}

const DROPPED = -1;
const EXPANDS = -2;

/**
 * One entry per UTF-16 unit: the folded unit, DROPPED, or EXPANDS for the
 * few characters (presentation-form ligatures) that fold to several. A table
 * keeps folding a plain array walk: a megabyte folds in milliseconds.
 */
const TABLE: Int32Array = (() => {
  const t = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      t[c] = c;
      continue;
    }
    const ch = String.fromCharCode(c);
    if (DROP.test(ch)) {
      t[c] = DROPPED;
      continue;
    }
    if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
      const f = foldUnit(ch);
      t[c] = f.length === 1 ? f.charCodeAt(0) : f.length === 0 ? DROPPED : EXPANDS;
      continue;
    }
    const f = foldUnit(ch);
    t[c] = f.length === 1 ? f.charCodeAt(0) : c;
  }
  return t;
})();

function isAttachedMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640 || (code >= 0x0610 && code <= 0x061a) || (code >= 0x06d6 && code <= 0x06ed);
}

/** Folds `original`, keeping a map from every folded character back to the original. */
export function fold(original: string): Folded {
  const n = original.length;
  let out = new Uint16Array(n + 16);
  let starts = new Int32Array(n + 16);
  let ends = new Int32Array(n + 16);
  let k = 0;
  const grow = () => {
    const size = out.length * 2;
    const o = new Uint16Array(size);
    o.set(out);
    out = o;
    const s = new Int32Array(size);
    s.set(starts);
    starts = s;
    const e = new Int32Array(size);
    e.set(ends);
    ends = e;
  };
  for (let i = 0; i < n; i++) {
    const code = original.charCodeAt(i);
    if (k + 4 >= out.length) grow();
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = original.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out[k] = code; starts[k] = i; ends[k] = i + 2; k++;
        out[k] = next; starts[k] = i; ends[k] = i + 2; k++;
        i++;
      } else {
        out[k] = 0xfffd; starts[k] = i; ends[k] = i + 1; k++;
      }
      continue;
    }
    const f = TABLE[code];
    if (f === DROPPED) {
      // A mark that sits on the previous letter (شخصاً, بـ) belongs to its span.
      if (k > 0 && ends[k - 1] === i && isAttachedMark(code)) ends[k - 1] = i + 1;
      continue;
    }
    if (f === EXPANDS) {
      const s = foldUnit(original[i]);
      for (let j = 0; j < s.length; j++) {
        if (k + 1 >= out.length) grow();
        out[k] = s.charCodeAt(j); starts[k] = i; ends[k] = i + 1; k++;
      }
      continue;
    }
    out[k] = f; starts[k] = i; ends[k] = i + 1; k++;
  }
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < k; i += CHUNK) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(k, i + CHUNK)) as unknown as number[]);
  return { text, start: starts.subarray(0, k), end: ends.subarray(0, k), originalLength: n };
}

/** Maps a half-open folded span back to the original text. */
export function toOriginal(folded: Folded, from: number, to: number): { start: number; end: number } {
  if (folded.start.length === 0) return { start: 0, end: 0 };
  const a = from < folded.start.length ? folded.start[from] : folded.originalLength;
  const b = to > from ? folded.end[to - 1] : a;
  return { start: a, end: b };
}

/**
 * Folds a word or phrase when the offsets are not needed (lexicons, keys,
 * fingerprints): the same text as `fold(s).text`, without building the map
 * back, which was most of the cost of folding a whole article again.
 */
export function foldText(s: string): string {
  const n = s.length;
  let out = new Uint16Array(n + 16);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    if (k + 4 >= out.length) {
      const o = new Uint16Array(out.length * 2);
      o.set(out);
      out = o;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out[k++] = code;
        out[k++] = next;
        i++;
      } else {
        out[k++] = 0xfffd;
      }
      continue;
    }
    const f = TABLE[code];
    if (f === DROPPED) continue;
    if (f === EXPANDS) {
      const e = foldUnit(s[i]);
      for (let j = 0; j < e.length; j++) {
        if (k + 1 >= out.length) {
          const o = new Uint16Array(out.length * 2);
          o.set(out);
          out = o;
        }
        out[k++] = e.charCodeAt(j);
      }
      continue;
    }
    out[k++] = f;
  }
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < k; i += CHUNK) text += String.fromCharCode.apply(null, out.subarray(i, Math.min(k, i + CHUNK)) as unknown as number[]);
  return text;
}
