import type { ArticleRecord, StatementRecord } from './types.ts';

/**
 * The rows as they sit in IndexedDB. Public methods hand out `ArticleRecord`
 * and `StatementRecord`; the extra fields here are derived and private.
 */
export interface ArticleRow extends ArticleRecord {
  id?: number;
  /** Folded words of title, outlet and URL for `listArticles({ query })` (schema 2). */
  words: string[];
}

export type StatementRow = StatementRecord;

/**
 * One chunk of a key's postings: the ids of statements that carry the key,
 * ascending, packed so a lookup reads one row per CHUNK_SIZE ids.
 *
 *   postings  [key+chunk] → ids
 *   ["num:killed:1200", 0] → Uint32Array [17, 204, 9311, …]   (≤ CHUNK_SIZE)
 *   ["num:killed:1200", 1] → Uint32Array [10240, …]          (the last chunk takes appends)
 */
export interface PostingChunk {
  key: string;
  chunk: number;
  ids: Uint32Array;
}

/** Per key: how many statements carry it (for rarity weighting) and how many chunks hold them. */
export interface KeyStat {
  key: string;
  df: number;
  chunks: number;
}

/** Running totals, written in the same transaction as every change. */
export interface TotalsRow {
  id: 'totals';
  articles: number;
  statements: number;
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
