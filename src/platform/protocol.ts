/**
 * Isnad's one message protocol. Each name says who sends it and who answers:
 *
 *   content-to-background:*   a content script asks the background (which owns the corpus)
 *   ui-to-background:*        the popup or the options page asks the background
 *   ui-to-content:*           the popup asks the content script of a tab
 *   background-to-content:*   the background asks or tells a tab's content script
 *
 * A request is `{ isnad: name, payload }`; the answer is `{ ok: true, value }`
 * or `{ ok: false, error }`, so errors thrown by a handler reach the caller.
 */
import type { ClaimKind } from '../engine/types.ts';
import type { ClaimReport } from '../engine/match/types.ts';
import type { AddResult, ArticleSummary, CorpusStats, ImportProgress, ImportReport } from '../store/corpus.ts';

export type { ArticleSummary, CorpusStats, ImportProgress, ImportReport };

/**
 * What an import did, as the options page gets it: the store's report with
 * the skipped lines cut to the first MAX_SKIPPED_LISTED (a file of a million
 * bad lines would otherwise make an answer of tens of megabytes).
 */
export interface ImportSummary extends ImportReport {
  skippedTotal: number;
}

/** A corpus article with its text, for reading it on the options page. */
export interface ArticleDetail extends ArticleSummary {
  text: string;
}

/** The main content of a live page, as the content script extracted it. */
export interface PageArticle {
  url: string;
  title: string;
  outlet: string;
  published?: string;
  /** Paragraph texts in reading order. */
  blocks: string[];
  incognito: boolean;
}

export type PageStatus =
  /** Isnad is switched off for this site. */
  | 'off'
  /** The page's main content is not Arabic: nothing was done. */
  | 'not-arabic'
  | 'working'
  | 'ready'
  | 'error';

/** One claim on the page with its cross-reference result, in reading order. */
export interface PageClaim {
  /** Stable within one analysis run; the highlight carries it as data-isnad-claim. */
  id: number;
  /** While `verdict` is 'pending' the report has no matches yet: they have not been looked up. */
  report: ClaimReport;
  verdict: ClaimVerdict;
  /** The page sentence holding the claim, and where the claim sits in it. */
  sentence: { text: string; emphasis: { start: number; end: number } };
}

/** 'pending': the claim is highlighted but its sources are still being looked up. */
export type ClaimVerdict = 'agrees' | 'conflicts' | 'related' | 'none' | 'pending';

export interface PageReport {
  status: PageStatus;
  url: string;
  host: string;
  title: string;
  incognito: boolean;
  claims: PageClaim[];
  /** Number of articles in the corpus when the page was cross-referenced. */
  corpusSize: number;
  error?: string;
  /** Why the claims have no sources, when the corpus could not be read. */
  corpusError?: string;
}

/** The page's article as the content script read it: title and paragraph texts. */
export interface PageText {
  url: string;
  title: string;
  blocks: string[];
  /**
   * How many of the blocks are the page's lead (what a reader sees first):
   * when set and below the number of blocks, the first answer covers the
   * title and the lead only, and `page-rest` gives the rest.
   */
  lead?: number;
  /**
   * The lengths of further blocks that follow `blocks`, sent as
   * `page-text` pieces after the first answer: a page longer than
   * MAX_MESSAGE_TEXT_CHARS is never sent in one message, because the page
   * serialises a message in one task (about 50 ms a megabyte in Chromium).
   */
  rest?: number[];
}

/** The first answer about a page: its claims, all of them still 'pending'. */
export interface PageCheck {
  /** Names this analysis for `content-to-background:page-rest` and `page-verdicts`. */
  check: number;
  /** The text claim offsets refer to (title and blocks joined by line breaks; the lead's alone when not complete). */
  text: string;
  /** Every claim once (of the lead, when not complete), in reading order, verdict 'pending' and no matches yet. */
  claims: PageClaim[];
  /** False when only the lead was analysed: ask `page-rest` for the other claims. */
  complete: boolean;
  /** The claim kinds the reader chose to highlight (the page may not have read its settings yet). */
  kinds: ClaimKind[];
}

/** The claims of a page after its lead, once the whole page is analysed. */
export interface PageRest {
  check: number;
  /** The whole page's text, which every claim's offsets now refer to. */
  text: string;
  /**
   * The claims after the lead's, ids continuing from them; or, when
   * `replaced`, every claim of the page (the whole page read some of the
   * lead's words differently, e.g. a surname named in full further down).
   */
  claims: PageClaim[];
  replaced: boolean;
}

/** The sources found for one claim of a check. */
export interface ClaimSources {
  /** The claim's `PageClaim.id` in the check. */
  id: number;
  verdict: Exclude<ClaimVerdict, 'pending'>;
  /** The best few matches, best first (see MATCHES_PER_CLAIM in background/page-claims.ts). */
  matches: ClaimReport['matches'];
  sources: number;
}

/** The second answer about a page: the verdicts of a check's claims. */
export interface PageVerdicts {
  check: number;
  /** Only claims with some match are listed: every other claim of the check has verdict 'none'. */
  verdicts: ClaimSources[];
  corpusSize: number;
  /** Set when the corpus could not be read (IndexedDB off): the claims come without sources. */
  corpusError?: string;
}

/** Every message: name → (request) → answer. */
export interface Protocol {
  /**
   * Analyses the page's text and answers with its claims at once, before
   * any cross-reference, so the page can highlight them while sources are
   * looked up (a long page's cross-reference takes seconds at 100,000
   * articles). The engine runs here, not in the page: a long article takes
   * tens of milliseconds, which would block the page it is reading.
   * Fails with `SiteOff`, analysing nothing, where the reader switched
   * Isnad off.
   */
  'content-to-background:check-page': (req: PageText) => PageCheck;
  /**
   * The rest of a check whose first answer covered only the page's lead:
   * the background analyses the whole page right after that answer, so a
   * reader sees the first paragraphs highlighted without waiting for the
   * whole article. Fails with `PageCheckExpired` like page-verdicts.
   */
  'content-to-background:page-rest': (req: { check: number }) => PageRest;
  /**
   * The next piece of the text of a check's `rest` blocks, in order (the
   * pieces joined are the blocks joined, without separators). Fails with
   * `PageCheckExpired` like page-rest, and with `PageTextMismatch` when the
   * pieces run past the announced lengths.
   */
  'content-to-background:page-text': (req: { check: number; piece: string }) => { received: number; expected: number };
  /**
   * Cross-references the claims of an earlier check from the same tab and
   * frame, without analysing the page again; the background keeps a check
   * briefly (PAGE_CHECK_TTL_MS). A check it no longer holds fails with
   * `PageCheckExpired`: the content script then checks the page again.
   */
  'content-to-background:page-verdicts': (req: { check: number }) => PageVerdicts;

  'ui-to-background:add-tab-article': (req: { tabId: number }) => AddResult & { title: string };
  'ui-to-background:corpus-stats': (req: Record<string, never>) => CorpusStats;
  'ui-to-background:list-articles': (req: { query: string; offset: number; limit: number }) => { articles: ArticleSummary[]; total: number };
  'ui-to-background:get-article': (req: { id: number }) => ArticleDetail | null;
  'ui-to-background:delete-article': (req: { id: number }) => { deleted: boolean };
  'ui-to-background:import-begin': (req: Record<string, never>) => { session: string };
  'ui-to-background:import-chunk': (req: { session: string; lines: string[] }) => ImportProgress;
  'ui-to-background:import-end': (req: { session: string; cancel?: boolean }) => ImportSummary;
  'ui-to-background:export-begin': (req: Record<string, never>) => { session: string };
  'ui-to-background:export-next': (req: { session: string; maxBytes: number }) => { lines: string[]; done: boolean };
  'ui-to-background:reset-to-seeds': (req: Record<string, never>) => CorpusStats;

  'ui-to-content:page-report': (req: Record<string, never>) => PageReport;
  'background-to-content:page-article': (req: Record<string, never>) => PageArticle;
  'background-to-content:corpus-changed': (req: Record<string, never>) => { ok: true };
}

export type MessageName = keyof Protocol;
export type BackgroundMessage = Extract<MessageName, `${string}-to-background:${string}`>;
export type ContentMessage = Extract<MessageName, `${string}-to-content:${string}`>;
export type RequestOf<N extends MessageName> = Parameters<Protocol[N]>[0];
export type AnswerOf<N extends MessageName> = ReturnType<Protocol[N]>;

export interface Envelope<N extends MessageName = MessageName> {
  isnad: N;
  payload: RequestOf<N>;
}

export type Answer<T> = { ok: true; value: T } | { ok: false; error: { name: string; message: string } };

/**
 * Most characters of page text the content script sends for one check (about
 * 4 MiB of Arabic as UTF-8): a longer page is checked up to this point.
 */
export const MAX_PAGE_CHARS = 2 * 1024 * 1024;

/** Most characters of page text in one message (see PageText.rest): about 10 ms of the page's time to send. */
export const MAX_MESSAGE_TEXT_CHARS = 200_000;

/** Most characters of corpus lines in one import chunk (the options page sends about 1 Mi, or one long line). */
export const MAX_IMPORT_CHUNK_CHARS = 3 * 1024 * 1024;

/** Skipped lines an import answer lists; `skippedTotal` counts them all. */
export const MAX_SKIPPED_LISTED = 200;

/** Claim kinds a user can switch highlighting on or off for. */
export const CLAIM_KINDS: readonly ClaimKind[] = ['number', 'person', 'place', 'organization', 'quote'];
