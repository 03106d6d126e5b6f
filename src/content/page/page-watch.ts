/**
 * When to look at a live page again: its mutations are gathered for a
 * moment (a site filling in an article changes it many times in a row),
 * at most MAX_WAIT_MS, and a forced look (the corpus changed) comes at
 * once. Isnad's own DOM changes go through `quietly`, so they never wake it.
 */
/** Mutations are gathered for this long before the page is looked at again. */
const SETTLE_MS = 400;
const MAX_WAIT_MS = 2000;

export class PageWatch {
  private readonly observer: MutationObserver;
  private timer = 0;
  private firstPending = 0;
  private forced = false;

  constructor(root: Node, private readonly signal: AbortSignal, private readonly look: (force: boolean) => void) {
    this.observer = new MutationObserver((records) => {
      if (records.length) this.schedule(false);
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => {
      clearTimeout(this.timer);
      this.observer.disconnect();
    }, { once: true });
  }

  /** Asks for a look: after the page settles, or at once when `force`. */
  schedule(force: boolean): void {
    if (this.signal.aborted) return;
    this.forced ||= force;
    const now = performance.now();
    if (!this.timer) this.firstPending = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(SETTLE_MS, this.firstPending + MAX_WAIT_MS - now));
    this.timer = window.setTimeout(() => {
      this.timer = 0;
      const f = this.forced;
      this.forced = false;
      this.look(f);
    }, force ? 0 : wait);
  }

  /** Runs our own DOM changes without waking the watch (changes by the page meanwhile still count). */
  quietly<T>(change: () => T): T {
    if (this.observer.takeRecords().length) this.schedule(false);
    try {
      return change();
    } finally {
      this.observer.takeRecords();
    }
  }
}
