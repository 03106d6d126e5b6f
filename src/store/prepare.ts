import { analyzeBlocks, analyzeText, fingerprintOfFolded, foldText, statementKeys, type Analysis, type Claim } from '../engine/index.ts';
import { extractHtmlArticle, type ParseHtml } from './html-article.ts';
import type { StoredStatement } from './rows.ts';
import { STATEMENT_SPAN } from './statement-ids.ts';
import { textHashOfFolded } from './text-hash.ts';
import type { ArticleInput, Origin, TextLayout } from './types.ts';

/** Metadata the caller gave explicitly: it overwrites stored values on update. */
export interface ExplicitFields {
  url?: string;
  title?: string;
  outlet?: string;
  published?: string;
  file?: string;
}

/** An article analysed and ready to write: everything but the ids. */
export interface PreparedArticle {
  explicit: ExplicitFields;
  /** The title the engine found, used when none was given. */
  derivedTitle: string;
  origin: Origin;
  addedAt?: number;
  layout: TextLayout;
  text: string;
  textHash: string;
  fingerprint: number[];
  statements: StoredStatement[];
}

const URL_PROTOCOLS = new Set(['http:', 'https:', 'file:']);

/**
 * The URL an article is known by: fragment dropped so two links into one page
 * are one article. Only http, https and file URLs are kept, because the UI
 * turns them into links (a `javascript:` URL from an import must never be one).
 */
export function normalizeUrl(url: string | undefined): string {
  const raw = (url ?? '').trim();
  if (!raw) return '';
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new Error(`not an absolute URL: ${raw.slice(0, 80)}`);
  }
  if (!URL_PROTOCOLS.has(u.protocol)) throw new Error(`URL scheme ${u.protocol} is not allowed (http, https or file only)`);
  u.hash = '';
  return u.href;
}

/** Analyses stored text exactly as it was analysed when added. */
export function analyzeStored(text: string, layout: TextLayout): Analysis {
  if (layout === 'plain') return analyzeText(text);
  const lines = text.split('\n');
  return analyzeBlocks(lines.slice(1), lines[0]);
}

/**
 * Sentences that carry at least one claim key; the others can never be a
 * candidate. At most STATEMENT_SPAN (4,096) per article, since further ids
 * would run into the next article's.
 */
export function statementsOf(analysis: Analysis): PreparedArticle['statements'] {
  const bySentence = new Map<number, Claim[]>();
  for (const c of analysis.claims) {
    const list = bySentence.get(c.sentence);
    if (list) list.push(c);
    else bySentence.set(c.sentence, [c]);
  }
  const out: PreparedArticle['statements'] = [];
  for (const [index, claims] of [...bySentence].sort((a, b) => a[0] - b[0])) {
    if (index < 0) continue;
    if (out.length >= STATEMENT_SPAN) break;
    const keys = statementKeys(analysis, index, claims);
    if (keys.length === 0) continue;
    const s = analysis.sentences[index];
    out.push({ index, start: s.start, text: s.text, claims, keys });
  }
  return out;
}

// In a /u regex a surrogate class matches only unpaired halves.
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/**
 * Unpaired surrogates (broken pages) become U+FFFD, one unit for one so
 * offsets hold; otherwise an export would carry text its import refuses.
 */
function wellFormed(s: string): string {
  return s.replace(LONE_SURROGATE, '\uFFFD');
}

function clean(s: string | undefined): string | undefined {
  const v = s === undefined ? undefined : wellFormed(s).replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
}

/**
 * Turns one input into analysed records: HTML through the extractor
 * (`parseHtml` required), text as given. Throws on an input with no text.
 */
export function prepareArticle(input: ArticleInput, parseHtml?: ParseHtml): PreparedArticle {
  let text: string;
  let layout: TextLayout;
  let analysis: Analysis;
  const explicit: ExplicitFields = {
    url: normalizeUrl(input.url) || undefined,
    title: clean(input.title),
    outlet: clean(input.outlet),
    published: clean(input.published),
    file: input.file || undefined,
  };
  if (typeof input.html === 'string' && input.text === undefined) {
    if (!parseHtml) throw new Error('adding HTML needs a parseHtml function (Corpus.open({ parseHtml }))');
    const page = extractHtmlArticle(wellFormed(input.html), parseHtml);
    analysis = analyzeBlocks(page.blocks, page.title);
    text = analysis.text;
    layout = 'blocks';
    explicit.url ??= page.url;
    explicit.title ??= clean(page.title);
    explicit.outlet ??= clean(page.outlet);
    explicit.published ??= page.published;
  } else {
    text = wellFormed(input.text ?? '').replace(/\r\n?/g, '\n');
    layout = input.layout ?? 'plain';
    analysis = analyzeStored(text, layout);
  }
  if (!text.trim()) throw new Error('article has no text');
  for (const k of Object.keys(explicit) as (keyof ExplicitFields)[]) if (explicit[k] === undefined) delete explicit[k];
  // Folded once for both: the text hash and the fingerprint.
  const folded = foldText(text);
  return {
    explicit,
    derivedTitle: analysis.title.replace(/\s+/g, ' ').trim(),
    origin: input.origin,
    ...(input.addedAt !== undefined ? { addedAt: input.addedAt } : {}),
    layout,
    text,
    textHash: textHashOfFolded(folded),
    fingerprint: fingerprintOfFolded(folded),
    statements: statementsOf(analysis),
  };
}
