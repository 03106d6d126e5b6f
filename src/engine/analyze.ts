import { toOriginal } from './normalize/fold.ts';
import { tokenize, type Token } from './segment/tokens.ts';
import { segmentBlocks, segmentText, toArticleText, type FoldedArticle } from './segment/article-text.ts';
import { extractFigures } from './extract/figures.ts';
import { extractNames } from './extract/names.ts';
import { extractQuotes } from './extract/quotes.ts';
import { numberKey, quoteKey } from './keys/claim-keys.ts';
import type { Analysis, Claim, Span } from './types.ts';

/** Index of the sentence that contains folded offset `at` (sentences are sorted). */
function sentenceAt(sentences: Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= at) lo = mid + 1;
    else if (sentences[mid].start > at) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/**
 * Runs the extractors over the sentences only, so boilerplate, the site's
 * tagline and wire end markers never yield claims.
 */
function claimsOf(text: string, a: FoldedArticle): Claim[] {
  const ftext = a.folded.text;
  const claims: Claim[] = [];
  const place = (s: Span) => {
    const sentence = sentenceAt(a.sentences, s.start);
    const o = toOriginal(a.folded, s.start, s.end);
    return { sentence, start: o.start, end: o.end, text: text.slice(o.start, o.end) };
  };
  const inSentence = (s: Span) => sentenceAt(a.sentences, s.start) >= 0;
  const allTokens: Token[] = [];
  for (const para of a.paragraphs) {
    // Per paragraph, so no figure runs across a line break.
    const tokens = tokenize(ftext.slice(para.start, para.end), para.start);
    for (const t of tokens) allTokens.push(t);
    for (const f of extractFigures(ftext, tokens)) {
      if (!inSentence(f)) continue;
      const p = place(f);
      claims.push({
        kind: 'number', ...p, value: f.value, unit: f.unit, qualifier: f.qualifier,
        ...(f.valueMax !== undefined ? { valueMax: f.valueMax } : {}),
        key: numberKey(f.unit, f.value),
      });
    }
  }
  // Names see the whole article: a surname alone takes the key of the full name seen earlier.
  const names = extractNames(ftext, allTokens).filter((n) => inSentence(n) && !ftext.slice(n.start, n.end).includes('\n'));
  for (const n of names) claims.push({ kind: n.kind, ...place(n), key: n.key });
  // Speakers carry over from one paragraph to the next ("وأكد، أن …"), so quotations see the whole article.
  for (const q of extractQuotes(ftext, names, allTokens)) {
    if (!inSentence(q)) continue;
    const speaker = q.speakerStart !== undefined && q.speakerEnd !== undefined
      ? place({ start: q.speakerStart, end: q.speakerEnd }).text : undefined;
    claims.push({
      kind: 'quote', ...place(q), key: quoteKey(ftext.slice(q.innerStart, q.innerEnd)),
      ...(q.speakerKey ? { speakerKey: q.speakerKey } : {}),
      ...(speaker ? { speaker } : {}),
    });
  }
  return claims.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Analyses a plain-text article (offsets refer to `raw`). */
export function analyzeText(raw: string): Analysis {
  const a = segmentText(raw);
  return { ...toArticleText(raw, a), claims: claimsOf(raw, a) };
}

/** Analyses an article given as paragraph blocks, e.g. from a page or an HTML extractor. */
export function analyzeBlocks(blocks: string[], title = ''): Analysis {
  const { text, article } = segmentBlocks(blocks, title);
  return { ...toArticleText(text, article), claims: claimsOf(text, article) };
}
