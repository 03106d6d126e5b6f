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
}

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
}

export interface AddResult {
  id: number;
  status: 'added' | 'updated' | 'unchanged';
}

export interface ImportReport {
  added: number;
  updated: number;
  skipped: { line: number; reason: string }[];
  /** Set when the whole import was refused and nothing was written. */
  error?: string;
}
