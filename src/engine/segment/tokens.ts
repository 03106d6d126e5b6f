/** A word, number or single punctuation mark in folded text (offsets are folded offsets). */
export interface Token {
  text: string;
  start: number;
  end: number;
  type: 'word' | 'number' | 'punct';
}

// Digits may carry internal group or decimal separators ("1,200", "13.2").
// Letters and digits never share a token: "و20" and "بـ5" are a clitic and a number.
const TOKEN = /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|([^\s])/gu;

/** Splits folded text into tokens, skipping white space. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const type = m[1] ? 'number' : m[2] ? 'word' : 'punct';
    out.push({ text: m[0], start: m.index + offset, end: m.index + m[0].length + offset, type });
  }
  return out;
}
