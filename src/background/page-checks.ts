/**
 * Recent page analyses, held briefly between the answers about a page
 * (protocol.ts: check-page, then page-rest and page-verdicts), so the
 * verdicts are looked up without analysing the page again.
 *
 * One check per tab and frame (a newer check of the same frame replaces it),
 * MAX_PAGE_CHECKS in all, each for PAGE_CHECK_TTL_MS. A private tab's check
 * is dropped as soon as its verdicts are taken: private pages are analysed,
 * never remembered. Memory only: a background that was stopped has
 * forgotten them all, and the content script then checks its page again.
 */
import type { TextUpload } from './text-upload.ts';
import type { Analysis } from '../engine/types.ts';
import type { PageClaim } from '../platform/protocol.ts';

/** Long enough for a corpus change to re-verdict an open page without a new analysis. */
export const PAGE_CHECK_TTL_MS = 60_000;
/** A page analysis holds its sentences and claims: a few hundred kilobytes for a long article. */
export const MAX_PAGE_CHECKS = 16;

export interface PageCheckPlace {
  tabId: number;
  frameId: number;
}

export interface HeldCheck {
  id: number;
  url: string;
  /** The whole page's analysis: still running when the first answer covered only the lead. */
  analysis: Promise<Analysis>;
  /** The claims the first answer gave, when they were the lead's alone. */
  lead?: PageClaim[];
  /** The rest of a long page's text, still arriving (the analysis waits for it). */
  upload?: TextUpload;
  incognito: boolean;
}

/** The check asked for is not (or no longer) held: check the page again. */
export class PageCheckExpired extends Error {
  override name = 'PageCheckExpired';
  constructor() {
    super('the page check has expired; check the page again');
  }
}

interface Entry extends HeldCheck {
  timer: ReturnType<typeof setTimeout>;
}

export class PageChecks {
  private readonly held = new Map<string, Entry>();
  // Ids start at a random point so a restarted background never reissues a
  // number a page still holds from before the restart.
  private next = 1 + Math.floor(Math.random() * 2 ** 40);

  constructor(private readonly ttlMs = PAGE_CHECK_TTL_MS, private readonly max = MAX_PAGE_CHECKS) {}

  get size(): number {
    return this.held.size;
  }

  /** Holds `check` for its tab and frame; returns its id. */
  hold(place: PageCheckPlace, check: Omit<HeldCheck, 'id'>): number {
    const key = keyOf(place);
    this.drop(key);
    while (this.held.size >= this.max) this.drop(this.held.keys().next().value!);
    const id = this.next++;
    const timer = setTimeout(() => {
      if (this.held.get(key)?.id === id) this.drop(key);
    }, this.ttlMs);
    this.held.set(key, { ...check, id, timer });
    return id;
  }

  /** The check `id` of this tab and frame, for its verdicts; throws PageCheckExpired when it is not held. */
  take(place: PageCheckPlace, id: number): HeldCheck {
    const check = this.peek(place, id);
    if (check.incognito) this.drop(keyOf(place));
    return check;
  }

  /** Like `take`, but a private tab's check stays held: its verdicts are still to be asked for. */
  peek(place: PageCheckPlace, id: number): HeldCheck {
    const entry = this.held.get(keyOf(place));
    if (!entry || entry.id !== id) throw new PageCheckExpired();
    const { timer: _timer, ...check } = entry;
    return check;
  }

  private drop(key: string): void {
    const entry = this.held.get(key);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.upload?.cancel(new PageCheckExpired());
    this.held.delete(key);
  }
}

const keyOf = (p: PageCheckPlace) => `${p.tabId}:${p.frameId}`;
