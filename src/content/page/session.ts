/**
 * One run of Isnad on a page: find the article, analyse it, ask the
 * background for sources, highlight the claims, and follow the page as it
 * changes. Everything is tied to `signal`: when it aborts, the observer
 * stops, the card goes and the page's text nodes are put back.
 */
import type { ClaimKind } from '../../engine/types.ts';
import { askBackground } from '../../platform/messaging.ts';
import type { PageArticle, PageClaim, PageReport, PageStatus } from '../../platform/protocol.ts';
import { kindLabel, verdictLabel } from '../../ui/labels.ts';
import { CardHost } from './card-host.ts';
import { Highlighter, type MarkSpec } from './highlighter.ts';
import { findMainContent, isArabicContent } from './main-content.ts';
import { readPageArticle } from './page-article.ts';
import { alignTo, checkRequest, claimPieces, pageText, partOf, type PageText } from './page-text.ts';
import { sliced, yieldToMain } from './schedule.ts';

export interface SessionOptions {
  signal: AbortSignal;
  kinds: ClaimKind[];
  incognito: boolean;
  /** Called when the page's URL changed under us (a single-page site navigated). */
  onUrlChange?: () => void;
}

export interface PageSession {
  report(): PageReport;
  article(): PageArticle;
  corpusChanged(): void;
  setKinds(kinds: ClaimKind[]): void;
}

/** Mutations are gathered for this long before the page is looked at again. */
const SETTLE_MS = 400;
const MAX_WAIT_MS = 2000;

export function startSession(options: SessionOptions): PageSession {
  const { signal, incognito } = options;
  const doc = document;
  const url = location.href;
  let kinds = options.kinds;
  let status: PageStatus = 'working';
  let error: string | undefined;
  let corpusError: string | undefined;
  let claims: PageClaim[] = [];
  let byId = new Map<number, PageClaim>();
  let corpusSize = 0;
  let page: PageText | null = null;
  /** The text the current claims' offsets refer to. */
  let engineText = '';
  let signature = '';
  let generation = 0;

  const highlighter = new Highlighter(doc);
  const card = new CardHost(doc, (id) => byId.get(id), signal, (el) => highlighter.owns(el));

  const observer = new MutationObserver((records) => {
    if (records.length) schedule(false);
  });
  /** Runs our own DOM changes without waking our own observer. */
  const quietly = <T>(change: () => T): T => {
    if (observer.takeRecords().length) schedule(false);
    try {
      return change();
    } finally {
      observer.takeRecords();
    }
  };

  let settleTimer = 0;
  let firstPending = 0;
  let forced = false;
  function schedule(force: boolean): void {
    if (signal.aborted) return;
    forced ||= force;
    const now = performance.now();
    if (!settleTimer) firstPending = now;
    clearTimeout(settleTimer);
    const wait = Math.max(0, Math.min(SETTLE_MS, firstPending + MAX_WAIT_MS - now));
    settleTimer = window.setTimeout(() => {
      settleTimer = 0;
      const f = forced;
      forced = false;
      void analyse(f);
    }, force ? 0 : wait);
  }

  function label(c: PageClaim): string {
    return `${kindLabel(c.report.claim.kind)}: ${verdictLabel(c.verdict)}`;
  }

  /** The page's article text as runs over its current text nodes, and its signature. */
  function readPage(): { text: PageText; sig: string } | null {
    const main = findMainContent(doc);
    if (!main || !isArabicContent(main)) return null;
    const text = pageText(main.title, main.blocks);
    return { text, sig: [text.title, ...text.blocks].join('\n') };
  }

  /**
   * Replaces all highlights. Unwrapping merges text nodes back, so the runs
   * are read again afterwards (unless nothing was highlighted yet); if the
   * article's text changed meanwhile, a new analysis is scheduled instead.
   * Claims are placed and wrapped one block at a time between yields.
   */
  async function highlight(engineText: string, gen: number, read: { text: PageText; sig: string } | null): Promise<void> {
    card.close(false);
    const fresh = highlighter.size === 0 && read ? read : quietly(() => {
      highlighter.unwrapAll();
      return readPage();
    });
    if (!fresh) {
      schedule(false);
      return;
    }
    // A live page changed while the background worked: highlight what still
    // matches the analysed text now (alignTo finds each block again) and
    // analyse the new state next, rather than leave the page bare meanwhile.
    if (fresh.sig !== signature) schedule(false);
    const text = alignTo(fresh.text, engineText);
    page = text;
    const byPart = new Map<number, PageClaim[]>();
    for (const c of claims) {
      if (!kinds.includes(c.report.claim.kind)) continue;
      const part = partOf(text, c.report.claim);
      if (part < 0) continue;
      const list = byPart.get(part);
      if (list) list.push(c);
      else byPart.set(part, [c]);
    }
    // The answer was just parsed in this task: wrap from the next one on.
    await yieldToMain();
    await sliced([...byPart], ([part, list]) => {
      const specs: MarkSpec[] = list.map((c) => ({
        id: c.id, kind: c.report.claim.kind, verdict: c.verdict, label: label(c),
        pieces: claimPieces(text, c.report.claim, part),
      }));
      try {
        quietly(() => highlighter.wrap(specs.filter((spec) => spec.pieces.length)));
      } catch (e) {
        // The page changed this block under us; the observer brings us back.
        console.debug('Isnad: could not highlight a block', e);
      }
    }, signal, () => gen !== generation);
  }

  async function analyse(force: boolean): Promise<void> {
    if (signal.aborted) return;
    if (location.href !== url) {
      options.onUrlChange?.();
      return;
    }
    const read = readPage();
    if (!read) {
      if (status !== 'not-arabic') quietly(() => highlighter.unwrapAll());
      status = 'not-arabic';
      claims = [];
      byId = new Map();
      signature = '';
      return;
    }
    const { text, sig } = read;
    if (!force && sig === signature) return;
    signature = sig;
    const gen = ++generation;
    // The engine runs in the background: analysing a long article takes
    // longer than a page may be blocked (see protocol.ts, check-page).
    let checked: { text: string; claims: PageClaim[] };
    try {
      const answer = await askBackground('content-to-background:check-page', checkRequest(url, text));
      checked = answer;
      corpusSize = answer.corpusSize;
      corpusError = answer.corpusError;
      error = undefined;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      checked = { text: '', claims: [] };
    }
    if (gen !== generation || signal.aborted) return;
    claims = checked.claims;
    byId = new Map(claims.map((c) => [c.id, c]));
    engineText = checked.text;
    await highlight(engineText, gen, read);
    if (gen === generation && !signal.aborted) status = error ? 'error' : 'ready';
  }

  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    clearTimeout(settleTimer);
    observer.disconnect();
    highlighter.unwrapAll();
  }, { once: true });
  void analyse(true);

  return {
    report: () => ({
      status, url, host: location.hostname, title: page?.title || doc.title, incognito,
      claims, corpusSize, ...(error ? { error } : {}), ...(corpusError ? { corpusError } : {}),
    }),
    article: () => readPageArticle(doc, incognito),
    corpusChanged: () => schedule(true),
    setKinds(next) {
      kinds = next;
      if (status === 'ready') void highlight(engineText, generation, null);
    },
  };
}
