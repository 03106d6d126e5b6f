import { fold, toOriginal, type Folded } from '../normalize/fold.ts';
import type { ArticleText, Sentence, Span } from '../types.ts';
import { END_MARKER, isBoilerplateLine, isDateline, isTailMarker } from '../lexicon/boilerplate.ts';
import { splitSentences } from './sentences.ts';

/** An article segmented over folded text, with folded spans (used by the analyser). */
export interface FoldedArticle {
  folded: Folded;
  title: Span | null;
  paragraphs: Span[];
  sentences: (Span & { paragraph: number })[];
}

/** How many leading lines may hold the title (site name, title, dateline). */
const TITLE_WINDOW = 3;
const MAX_TITLE_WORDS = 30;
const TITLE_SCAN_CHARS = 4000;

function lines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let a = start;
      let b = i;
      while (a < b && /\s/.test(text[a])) a++;
      while (b > a && /\s/.test(text[b - 1])) b--;
      if (b > a) out.push({ start: a, end: b });
      start = i + 1;
    }
  }
  return out;
}

function contentWords(s: string): string[] {
  return s.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3).map((w) => (w.startsWith('ال') ? w.slice(2) : w));
}

/**
 * Plain-text articles put the title on one of the first lines, often after
 * the site's tagline. The title is the short leading line whose words recur
 * most in the body.
 */
function pickTitle(text: string, candidates: Span[], lines: Span[]): number {
  const wordsOf = candidates.map((c) => contentWords(text.slice(c.start, c.end)));
  // How many lines hold each candidate word, so a candidate's own words can be discounted.
  // Only the candidates' words are counted: tokenising every line was a tenth of all analysis.
  const linesWith = new Map<string, number>();
  for (const words of wordsOf) for (const w of words) linesWith.set(w, 0);
  // A title's words recur early: the opening of the article is enough, and keeps long pages cheap.
  for (const l of lines) {
    if (l.start > TITLE_SCAN_CHARS && !candidates.includes(l)) break;
    const seen = new Set<string>();
    forEachWord(text, l.start, l.end, (w) => {
      const n = linesWith.get(w);
      if (n !== undefined && !seen.has(w)) {
        seen.add(w);
        linesWith.set(w, n + 1);
      }
    });
  }
  let best = -1;
  let bestScore = 0.25;
  candidates.forEach((c, i) => {
    const line = text.slice(c.start, c.end);
    const words = wordsOf[i];
    if (words.length === 0 || words.length > MAX_TITLE_WORDS || /[.؟?!]$/.test(line) || isDateline(line)) return;
    const own = new Set(words);
    const inBody = (w: string) => (linesWith.get(w) ?? 0) - (own.has(w) ? 1 : 0) > 0;
    const score = words.filter(inBody).length / words.length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Per UTF-16 unit: 0 not yet known, 1 letter or digit, 2 neither. */
const wordCharCache = new Uint8Array(0x10000);
function isWordChar(code: number): boolean {
  let v = wordCharCache[code];
  if (v === 0) v = wordCharCache[code] = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
  return v === 1;
}

/** The words contentWords would give for text[from, to), one by one, without a regex split per line. */
function forEachWord(text: string, from: number, to: number, visit: (w: string) => void): void {
  let i = from;
  while (i < to) {
    while (i < to && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isWordChar(text.charCodeAt(i))) i++;
    if (i - start >= 3) visit(text.startsWith('ال', start) ? text.slice(start + 2, i) : text.slice(start, i));
  }
}

function keepLines(text: string, all: Span[]): Span[] {
  const kept: Span[] = [];
  for (const line of all) {
    const s = text.slice(line.start, line.end);
    if (isTailMarker(s)) break;
    if (isBoilerplateLine(s)) continue;
    kept.push(line);
  }
  return kept;
}

function sentencesOf(text: string, paragraphs: Span[]): FoldedArticle['sentences'] {
  const out: FoldedArticle['sentences'] = [];
  paragraphs.forEach((p, index) => {
    for (const s of splitSentences(text, p.start, p.end)) {
      if (END_MARKER.test(text.slice(s.start, s.end))) continue;
      out.push({ start: s.start, end: s.end, paragraph: index });
    }
  });
  return out;
}

/** Segments a plain-text article (like the seeds): title, paragraphs, sentences. */
export function segmentText(raw: string): FoldedArticle {
  const folded = fold(raw);
  const text = folded.text;
  const kept = keepLines(text, lines(text));
  const head = kept.slice(0, TITLE_WINDOW);
  const titleAt = pickTitle(text, head, kept);
  const title = titleAt >= 0 ? head[titleAt] : null;
  // Lines before the title are the site's name or tagline; datelines sit just below it.
  const from = titleAt >= 0 ? titleAt + 1 : 0;
  const body = kept.slice(from).filter((l, i) => !(i < 2 && isDateline(text.slice(l.start, l.end))));
  const paragraphs = title ? [title, ...body] : body;
  return { folded, title, paragraphs, sentences: sentencesOf(text, paragraphs) };
}

/**
 * Segments an article given as blocks (paragraph texts from a page or an HTML
 * extractor). The text the offsets refer to is the title and blocks joined by
 * line breaks.
 */
export function segmentBlocks(blocks: string[], title = ''): { text: string; article: FoldedArticle } {
  const parts = [title.trim(), ...blocks.map((b) => b.replace(/\s*\n\s*/g, ' ').trim())].filter((p, i) => i === 0 || p);
  const text = parts.join('\n');
  const folded = fold(text);
  const spans: Span[] = [];
  let at = 0;
  for (const p of parts) {
    if (p) spans.push({ start: at, end: at + p.length });
    at += p.length + 1;
  }
  // Folding drops characters, so find each block's folded extent through the line breaks.
  const foldedLines = lines(folded.text);
  const kept = keepLines(folded.text, foldedLines);
  const titleSpan = title.trim() && foldedLines.length ? foldedLines[0] : null;
  const paragraphs = titleSpan ? [titleSpan, ...kept.filter((l) => l !== titleSpan)] : kept;
  return { text, article: { folded, title: titleSpan, paragraphs, sentences: sentencesOf(folded.text, paragraphs) } };
}

/** Maps a segmented article back to original offsets, as callers see it. */
export function toArticleText(text: string, a: FoldedArticle): ArticleText {
  const span = (s: Span): Span => toOriginal(a.folded, s.start, s.end);
  const sentences: Sentence[] = a.sentences.map((s) => {
    const o = span(s);
    // Spelled out: an object spread here was 4 % of all analysis.
    return { start: o.start, end: o.end, text: text.slice(o.start, o.end), paragraph: s.paragraph };
  });
  const title = a.title ? span(a.title) : null;
  return {
    title: title ? text.slice(title.start, title.end) : '',
    text,
    paragraphs: a.paragraphs.map(span),
    sentences,
  };
}

export function articleFromText(raw: string): ArticleText {
  return toArticleText(raw, segmentText(raw));
}

export function articleFromBlocks(blocks: string[], title = ''): ArticleText {
  const { text, article } = segmentBlocks(blocks, title);
  return toArticleText(text, article);
}
