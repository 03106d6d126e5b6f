/**
 * One run of Isnad on a page: find the article, have the background analyse
 * it, highlight the claims at once (verdict 'pending'), then give each
 * highlight its verdict in place when the sources come, and follow the page
 * as it changes. Everything is tied to `signal`: when it aborts, the
 * observer stops, the card goes and the page's text nodes are put back.
 *
 *   check-page (the lead) ──► its claims, pending ──► wrap (sliced)
 *        ├─► page-rest (a long page: the other claims) ──► wrap them too
 *        └─► page-verdicts (asked at once, answered while the page wraps)
 *                 ──► setVerdict per mark, card and popup show sources
 *
 * A long page's lead (its first paragraphs, what the reader sees first) is
 * analysed on its own, so its highlights come in a few milliseconds and the
 * rest of the article's follow while the reader starts reading.
 *
 * A corpus change asks page-verdicts again for the same check: the page's
 * text did not change, so it is neither analysed nor wrapped again.
 */
import type { ClaimKind } from '../../engine/types.ts';
import { askBackground } from '../../platform/messaging.ts';
import { IsnadMessageError } from '../../platform/messaging.ts';
import type { PageArticle, PageCheck, PageClaim, PageReport, PageRest, PageStatus, PageVerdicts } from '../../platform/protocol.ts';
import { kindLabel, verdictLabel } from '../../ui/labels.ts';
import { CardHost } from './card-host.ts';
import { carryVerdicts, withoutSources, withVerdicts } from './claim-verdicts.ts';
import { Highlighter, type MarkSpec } from './highlighter.ts';
import { findMainContent, isArabicContent } from './main-content.ts';
import { readPageArticle } from './page-article.ts';
import { leadBlocks } from './first-screen.ts';
import { messageParts } from './message-parts.ts';
import { alignTo, checkRequest, claimPieces, pageText, partOf, type PageText } from './page-text.ts';
import { PageWatch } from './page-watch.ts';
import { sliced, yieldToMain } from './schedule.ts';

export interface SessionOptions {
  signal: AbortSignal;
  /** The claim kinds to highlight; null until the page has read its settings (the first answer then says). */
  kinds: ClaimKind[] | null;
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

/** Times in a row a page is checked again because the background lost its check; then it goes without sources. */
const MAX_RECHECKS = 2;
/** A lead's few claims are wrapped in the task that received them, without first yielding to the page. */
const QUICK_CLAIMS = 60;

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
  /** Bumped by every analysis: answers and wrapping for an older one are dropped. */
  let generation = 0;
  /** Bumped by every verdict request: only the latest one's answer is applied. */
  let round = 0;
  /** Bumped by every highlighting pass: an older pass stops wrapping. */
  let pass = 0;
  /** The check the current claims come from, once its first answer is in. */
  let checkId: number | null = null;
  /** The last check of this signature failed: a forced run analyses again. */
  let failed = false;
  /** Checks the background lost, in a row (see recheck). */
  let retries = 0;
  /** Settles once the current check's claims after its lead are in (verdicts are asked for all of them). */
  let restDone: Promise<unknown> = Promise.resolve();

  const highlighter = new Highlighter(doc);
  const card = new CardHost(doc, (id) => byId.get(id), signal, (el) => highlighter.owns(el));

  const watch = new PageWatch(doc.body, signal, (force) => void analyse(force));
  const schedule = (force: boolean) => watch.schedule(force);
  const quietly = <T>(change: () => T): T => watch.quietly(change);

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
   *
   * With `more` (the claims after a highlighted lead) nothing is unwrapped:
   * those claims sit in blocks no highlight has split, so the runs read for
   * the lead still lead to their text nodes.
   */
  async function highlight(engineText: string, gen: number, read: { text: PageText; sig: string } | null, more?: PageClaim[]): Promise<void> {
    const mine = ++pass;
    let text: PageText;
    if (more && page) {
      text = alignTo(page, engineText);
    } else {
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
      text = alignTo(fresh.text, engineText);
    }
    page = text;
    const byPart = new Map<number, PageClaim[]>();
    const shown = kinds ?? [];
    let count = 0;
    for (const c of more ?? claims) {
      if (!shown.includes(c.report.claim.kind)) continue;
      count++;
      const part = partOf(text, c.report.claim);
      if (part < 0) continue;
      const list = byPart.get(part);
      if (list) list.push(c);
      else byPart.set(part, [c]);
    }
    // A long answer was just parsed in this task: wrap from the next one on.
    if (count > QUICK_CLAIMS) await yieldToMain();
    await sliced([...byPart], ([part, list]) => {
      const specs: MarkSpec[] = list.map((c) => {
        // Verdicts may have come in since this pass began: wrap with the latest.
        const now = byId.get(c.id) ?? c;
        return {
          id: c.id, kind: c.report.claim.kind, verdict: now.verdict, label: label(now),
          pieces: claimPieces(text, c.report.claim, part),
        };
      });
      try {
        quietly(() => highlighter.wrap(specs.filter((spec) => spec.pieces.length)));
      } catch (e) {
        // The page changed this block under us; the observer brings us back.
        console.debug('Isnad: could not highlight a block', e);
      }
    }, signal, () => gen !== generation || mine !== pass, ([part]) => text.runs[part]?.text.length ?? 0);
  }

  /** Gives every highlight its claim's verdict, in place (no unwrapping), a slice at a time. */
  async function showVerdicts(before: Map<number, PageClaim>, r: number): Promise<void> {
    const changed = claims.filter((c) => before.get(c.id)?.verdict !== c.verdict);
    await sliced(changed, (c) => highlighter.setVerdict(c.id, c.verdict, label(c)), signal, () => r !== round);
    if (r === round) card.refresh();
  }

  /** Asks for the sources of `check`; the request's round is taken now, so a later request wins. */
  /** `after`: the page's text still being sent; the background finds the sources once it has it all. */
  function askVerdicts(check: number, after?: Promise<void> | null): { r: number; ask: Promise<PageVerdicts> } {
    const ask = after
      ? after.then(() => askBackground('content-to-background:page-verdicts', { check }))
      : askBackground('content-to-background:page-verdicts', { check });
    ask.catch(() => {});
    return { r: ++round, ask };
  }

  /**
   * Applies the sources of `check` when they come, unless the page moved on
   * meanwhile (another analysis, or a newer request). Returns false when the
   * background no longer holds the check and the page must be checked again.
   */
  async function verdicts(check: number, gen: number, { r, ask }: { r: number; ask: Promise<PageVerdicts> }): Promise<boolean> {
    let answer: PageVerdicts | null = null;
    let problem: unknown = null;
    try {
      answer = await ask;
    } catch (e) {
      problem = e;
    }
    if (gen !== generation || r !== round || check !== checkId || signal.aborted) return true;
    // A stopped background forgets its checks: analyse again, but not forever.
    const expired = problem instanceof IsnadMessageError && problem.remoteName === 'PageCheckExpired';
    if (expired && retries++ < MAX_RECHECKS) return false;
    const before = byId;
    if (answer) {
      claims = withVerdicts(claims, answer);
      corpusSize = answer.corpusSize;
      corpusError = answer.corpusError;
    } else {
      // The claims stay highlighted, without sources; the popup says why.
      claims = withoutSources(claims);
      corpusError = problem instanceof Error ? problem.message : String(problem);
    }
    byId = new Map(claims.map((c) => [c.id, c]));
    retries = 0;
    await showVerdicts(before, r);
    if (gen === generation && r === round && !signal.aborted) status = 'ready';
    return true;
  }

  /** The corpus changed under an unchanged page: new sources for the same check. */
  async function refreshVerdicts(check: number): Promise<void> {
    const gen = generation;
    status = 'working';
    // Verdicts must cover the claims after the lead too: wait until they are in.
    await restDone;
    if (gen !== generation || check !== checkId || signal.aborted) return;
    if (!(await verdicts(check, gen, askVerdicts(check)))) recheck();
  }

  /**
   * Adds the claims after the lead when the background has analysed the
   * whole page, and highlights them. Returns false when the background lost
   * the check and the page must be checked again.
   */
  async function rest(check: number, gen: number, previous: PageClaim[], ask: Promise<PageRest>): Promise<boolean> {
    let answer: PageRest;
    try {
      answer = await ask;
    } catch (e) {
      if (gen !== generation || check !== checkId || signal.aborted) return true;
      const expired = e instanceof IsnadMessageError && e.remoteName === 'PageCheckExpired';
      if (expired && retries++ < MAX_RECHECKS) return false;
      // The lead stays highlighted; the verdicts (asked already) say what failed.
      error = e instanceof Error ? e.message : String(e);
      return true;
    }
    if (gen !== generation || check !== checkId || signal.aborted) return true;
    const next = carryVerdicts(previous, answer.claims);
    claims = answer.replaced ? next : [...claims, ...next];
    byId = new Map(claims.map((c) => [c.id, c]));
    engineText = answer.text;
    await highlight(engineText, gen, null, answer.replaced ? undefined : next);
    return true;
  }

  /** The rest of a long page's text, one piece a task. */
  async function sendPieces(check: number, pieces: string[]): Promise<void> {
    for (const piece of pieces) {
      // Each piece is serialised in the task that sends it: not in the one that wraps the lead.
      await yieldToMain();
      await askBackground('content-to-background:page-text', { check, piece });
    }
  }

  /** The background no longer holds the check (stopped, or the check is old): analyse the page again. */
  function recheck(): void {
    checkId = null;
    signature = '';
    void analyse(true);
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
      checkId = null;
      generation++;
      return;
    }
    const { text, sig } = read;
    if (sig === signature) {
      if (!force) return;
      // Unchanged text and a corpus change: only the sources are asked for
      // again. While the first answer is still on its way, the sources it
      // leads to will be looked up in the new corpus anyway.
      if (!failed) {
        if (checkId !== null) await refreshVerdicts(checkId);
        return;
      }
    }
    signature = sig;
    failed = false;
    const gen = ++generation;
    checkId = null;
    status = 'working';
    const previous = claims;
    // The engine runs in the background: analysing a long article takes
    // longer than a page may be blocked (see protocol.ts, check-page).
    let checked: PageCheck | null = null;
    let pieces: string[] = [];
    try {
      const whole = checkRequest(url, text);
      const parts = messageParts(whole, leadBlocks(text, whole.blocks.length, doc.defaultView?.innerHeight ?? 0));
      pieces = parts.pieces;
      const asking = askBackground('content-to-background:check-page', parts.request);
      // The first translated string has the browser load the extension's
      // messages, a blocking call of several milliseconds: made while the
      // answer is on its way, rather than when the marks get their labels,
      // and in a task of its own, not the one that read and sent the page.
      void yieldToMain().then(() => verdictLabel('pending'));
      checked = await asking;
      error = undefined;
    } catch (e) {
      if (e instanceof IsnadMessageError && e.remoteName === 'SiteOff') {
        // Switched off for this site before the page read its settings: nothing to show.
        if (gen === generation && !signal.aborted) status = 'off';
        return;
      }
      error = e instanceof Error ? e.message : String(e);
    }
    if (gen !== generation || signal.aborted) return;
    if (!checked) {
      failed = true;
      claims = [];
      byId = new Map();
      engineText = '';
      await highlight(engineText, gen, read);
      if (gen === generation && !signal.aborted) status = 'error';
      return;
    }
    const check = checked.check;
    // The rest (of a long page) and the sources are asked for at once, in
    // that order: the background answers them while this page wraps. A
    // page too long for one message sends the rest of its text first (a
    // private tab's check is dropped once its sources are asked for).
    const uploaded = pieces.length ? sendPieces(check, pieces) : null;
    uploaded?.catch(() => {});
    const askRest = () => askBackground('content-to-background:page-rest', { check });
    const restAsk = checked.complete ? null : uploaded ? uploaded.then(askRest) : askRest();
    restAsk?.catch(() => {});
    const request = askVerdicts(check, uploaded);
    claims = carryVerdicts(previous, checked.claims);
    byId = new Map(claims.map((c) => [c.id, c]));
    engineText = checked.text;
    checkId = check;
    kinds ??= checked.kinds;
    // Lead, then rest: settled once every claim of the check is in (a corpus change waits for that).
    const allIn = highlight(engineText, gen, read).then(() => !restAsk || gen !== generation || signal.aborted || rest(check, gen, previous, restAsk));
    restDone = allIn.catch(() => {});
    if (!(await allIn)) {
      recheck();
      return;
    }
    if (gen !== generation || signal.aborted) return;
    if (!(await verdicts(check, gen, request))) recheck();
  }

  signal.addEventListener('abort', () => highlighter.unwrapAll(), { once: true });
  void analyse(true);

  return {
    report: () => ({
      status, url, host: location.hostname, title: page?.title || doc.title, incognito,
      claims, corpusSize, ...(error ? { error } : {}), ...(corpusError ? { corpusError } : {}),
    }),
    article: () => readPageArticle(doc, incognito),
    corpusChanged: () => schedule(true),
    setKinds(next) {
      const same = kinds !== null && kinds.length === next.length && next.every((k) => kinds!.includes(k));
      kinds = next;
      if (same) return;
      // Highlights shown (pending or judged): wrap the chosen kinds again.
      if (checkId !== null) void highlight(engineText, generation, null);
    },
  };
}
