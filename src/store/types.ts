import type { Claim } from '../engine/types.ts';

export type Origin = 'seed' | 'page' | 'import';

export interface ArticleRecord {
  id?: number;
  url: string;
  title: string;
  outlet: string;
  published?: string;
  addedAt: number;
  origin: Origin;
  /** Hash of the normalised article text: the same text twice is one record. */
  textHash: string;
  /** The article text that statement offsets refer to. */
  text: string;
  fingerprint: number[];
  file?: string;
  /**
   * How `text` was segmented: 'plain' (analyzeText, e.g. a .txt article) or
   * 'blocks' (title line then one paragraph per line, as from a page or an
   * HTML extractor). Re-analysing the text the same way gives the same statements.
   */
  layout?: TextLayout;
}

export type TextLayout = 'plain' | 'blocks';

export interface StatementRecord {
  id?: number;
  articleId: number;
  /** Sentence index within the article. */
  index: number;
  start: number;
  text: string;
  claims: Claim[];
  keys: string[];
}

/** What a caller hands to the store to add one article. */
export interface ArticleInput {
  url?: string;
  title?: string;
  outlet?: string;
  published?: string;
  /** Plain article text (paragraphs separated by line breaks). */
  text?: string;
  /** Or a whole HTML page: the main content is extracted. */
  html?: string;
  origin: Origin;
  file?: string;
  /** Kept from an import so a round trip keeps when an article was first added. */
  addedAt?: number;
  /** With `text`: how the text is laid out (default 'plain'). */
  layout?: TextLayout;
}

export interface AddResult {
  id: number;
  status: 'added' | 'updated' | 'unchanged';
}

export interface ImportReport {
  added: number;
  updated: number;
  /** Valid lines whose article was already in the store exactly as given. */
  unchanged: number;
  skipped: { line: number; reason: string }[];
  /** Set when the whole import was refused and nothing was written. */
  error?: string;
  /** True when an interrupted import of the same file was picked up where it stopped. */
  resumed?: boolean;
}
