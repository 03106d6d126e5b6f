import type { Span } from '../types.ts';

// Sentence ends: . ؟ ? ! ؛ ; and the ellipsis, in folded text.
const END = new Set(['.', '؟', '?', '!', '؛', ';', '…']);
const OPEN_QUOTES: Record<string, string> = { '“': '”', '«': '»', '"': '"', '„': '“' };

/**
 * Splits one paragraph (folded text between `from` and `to`) into sentences.
 * A sentence end inside a quotation that closes within the paragraph does not
 * split it, so a quoted statement stays whole; a quotation left open (as
 * real articles often do) stops protecting at the paragraph's end, so it
 * never swallows what follows.
 */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const para = text.slice(from, to);
  let start = from;
  // Jump from one sentence end or opening quote to the next instead of visiting every character.
  const marks = /[.؟?!؛;…“«"„]/g;
  for (let m = marks.exec(para); m; m = marks.exec(para)) {
    const i = from + m.index;
    const ch = m[0];
    const close = OPEN_QUOTES[ch];
    if (close !== undefined) {
      // Searching only this paragraph keeps a page full of unclosed quotes linear.
      const at = para.indexOf(close, m.index + 1);
      if (at !== -1) marks.lastIndex = at + 1;
      continue;
    }
    // A point between digits is a decimal point; after a lone letter it ends an abbreviation (د.).
    if (ch === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    if (ch === '.' && i - start >= 1 && isLoneLetter(text, i)) continue;
    let end = i + 1;
    while (end < to && (END.has(text[end]) || isCloser(text[end]))) end++;
    push(out, text, start, end);
    start = end;
    marks.lastIndex = end - from;
  }
  push(out, text, start, to);
  return out;
}

const SPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

function push(out: Span[], text: string, start: number, end: number) {
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  for (let i = start; i < end; i++) {
    if (WORD_CHAR.test(text[i])) {
      out.push({ start, end });
      return;
    }
  }
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isCloser(ch: string): boolean {
  return ch === '”' || ch === '»' || ch === ')' || ch === '"';
}

const LETTER = /\p{L}/u;

function isLoneLetter(text: string, dot: number): boolean {
  const prev = text[dot - 1];
  const before = text[dot - 2];
  return prev !== undefined && LETTER.test(prev) && (before === undefined || SPACE.test(before));
}
