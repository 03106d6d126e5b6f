import type { Claim } from '../types.ts';

export type Verdict = 'agrees' | 'conflicts' | 'related';

/** Where a statement comes from, as shown to the reader. */
export interface SourceArticle {
  id: number;
  title: string;
  outlet: string;
  url: string;
  published?: string;
  /** Path of the file the article was read from, when the corpus is a folder. */
  file?: string;
  /** MinHash signature of the article's words, for spotting wire copies. */
  fingerprint?: number[];
}

/** A stored sentence offered to matching by the key index. */
export interface CandidateStatement {
  id: number;
  articleId: number;
  text: string;
  /** Offset of the statement in its article's text; claim offsets are article offsets. */
  start: number;
  claims: Claim[];
  article: SourceArticle;
  /** How many of the page claim's index keys this statement shares (from the index). */
  sharedKeys?: number;
  /**
   * The keys the statement is indexed under (claimIndexKeys of its claims).
   * Given by the store so matching need not derive them again; derived when absent.
   */
  keys?: string[];
}

export interface ClaimMatch {
  verdict: Verdict;
  /** 0..1, how much context the statement shares with the page claim. */
  score: number;
  /** Surface text of the matched claim in the other article ('' when only context matched). */
  text: string;
  /** The whole matched sentence. */
  statement: string;
  /** Offsets of `text` inside `statement`, for emphasis. */
  emphasis?: { start: number; end: number };
  claim?: Claim;
  article: SourceArticle;
  /** Set when this article is a near-identical copy of another source in the list (or of the page). */
  copyOf?: number | 'page';
}

export interface ClaimReport {
  claim: Claim;
  matches: ClaimMatch[];
  /** Independent sources: copies of one story count once. */
  sources: number;
}
