import type { Claim, SourceArticle } from '../engine/index.ts';
import type { ArticleRecord } from './types.ts';

/**
 * The rows as they sit in IndexedDB. Public methods hand out `ArticleRecord`
 * and `StatementRecord`; the extra fields here are derived and private.
 *
 * Every write costs one IndexedDB request, and a request costs far more than
 * the bytes in it (about 0.15 ms each in Chromium here, against 6 ms for one
 * row of 1,500 packed entries), so the layout keeps requests per article few:
 * one article row, one statements row per four statements, and one read and
 * one write per touched key per batch.
 */
export interface ArticleRow extends ArticleRecord {
  id?: number;
  /** Folded words of title, outlet and URL for `listArticles({ query })` (schema 2). */
  words: string[];
}

/** One indexed sentence; its id is derived from the article id and its ordinal (statement-ids.ts). */
export interface StoredStatement {
  /** Sentence index in the article's analysis. */
  index: number;
  start: number;
  text: string;
  claims: Claim[];
  keys: string[];
}

/**
 * Up to STATEMENTS_PER_ROW consecutive statements of one article, with what
 * a candidate shows of its source, so a lookup reads one small row per
 * winning statement group and never the article text.
 *
 *   statements [articleId+group] → { source, statements: ordinals 4·group … 4·group+3 }
 */
export interface StatementsRow {
  articleId: number;
  group: number;
  source: Omit<SourceArticle, 'id'>;
  statements: StoredStatement[];
}

/**
 * Postings of one key, grouped by key and packed (statement ids ascending):
 *
 *   postings [key+chunk]
 *   ["num:killed:1200", 0] → head: { df: 1300, full: 2, ids: [ …276 newest ids ] }
 *   ["num:killed:1200", 1] → { ids: [ 512 oldest ids ] }
 *   ["num:killed:1200", 2] → { ids: [ next 512 ids ] }
 *
 * The head holds the document frequency (for rarity weighting and the
 * common-key cap) and the tail that takes appends, so adding to a key is one
 * read and one write of its head; a full tail moves out to chunk full+1.
 */
export interface PostingRow {
  key: string;
  chunk: number;
  ids: Float64Array;
  /** Head only: how many statements carry the key. */
  df?: number;
  /** Head only: how many full chunks (1..full) precede the tail. */
  full?: number;
}

/** Running totals, written in the same transaction as every change. */
export interface TotalsRow {
  id: 'totals';
  articles: number;
  statements: number;
  /** Distinct keys in the index. */
  keys: number;
  /** Random, new with every write: tells a writer whether anyone else wrote since its last batch (posting-cache.ts). */
  stamp?: string;
}

/** Set once the seeds have been written, so emptying the corpus later does not bring them back. */
export interface SeededRow {
  id: 'seeded';
  at: number;
}

export type MetaRow = TotalsRow | SeededRow;

export type OperationState = 'running' | 'done' | 'abandoned';

/**
 * Progress of a long import, updated in the same transaction as each batch:
 * after a killed service worker the store holds exactly the lines up to
 * `linesDone`, and `prefixHash` tells whether a new import is the same file.
 */
export interface OperationRow {
  id?: number;
  kind: 'import';
  state: OperationState;
  startedAt: number;
  updatedAt: number;
  linesDone: number;
  prefixHash: string;
  added: number;
  updated: number;
  unchanged: number;
}
