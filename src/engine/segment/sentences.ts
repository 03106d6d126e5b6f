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
  let start = from;
  let closer: string | null = null;
  let closerAt = -1;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (closer !== null) {
      if (i === closerAt) closer = null;
      continue;
    }
    const close = OPEN_QUOTES[ch];
    if (close !== undefined) {
      const at = text.indexOf(close, i + 1);
      if (at !== -1 && at < to) {
        closer = close;
        closerAt = at;
      }
      continue;
    }
    if (!END.has(ch)) continue;
    // A point between digits is a decimal point; after a lone letter it ends an abbreviation (د.).
    if (ch === '.' && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    if (ch === '.' && i - start >= 1 && isLoneLetter(text, i)) continue;
    let end = i + 1;
    while (end < to && (END.has(text[end]) || isCloser(text[end]))) end++;
    push(out, text, start, end);
    start = end;
    i = end - 1;
  }
  push(out, text, start, to);
  return out;
}

function push(out: Span[], text: string, start: number, end: number) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isCloser(ch: string): boolean {
  return ch === '”' || ch === '»' || ch === ')' || ch === '"';
}

function isLoneLetter(text: string, dot: number): boolean {
  const prev = text[dot - 1];
  const before = text[dot - 2];
  return /\p{L}/u.test(prev ?? '') && (before === undefined || /\s/.test(before));
}
