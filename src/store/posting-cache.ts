/**
 * The postings heads a writer wrote last, so its next batch reads again only
 * the heads it has not seen: the heads of a batch's keys were half of all
 * the requests an import made (a 500-article batch touches about 7,000 keys,
 * most of them again in the next batches).
 *
 * The cache holds only while nobody else wrote: every write transaction
 * leaves a random stamp in the totals row, and a transaction that finds a
 * stamp other than this writer's last one forgets everything before it
 * reads a head (the background adding a page during an import, another
 * tab). What a transaction wrote enters the cache only once it committed,
 * and only if nothing was forgotten meanwhile.
 */
import type { PostingRow } from './rows.ts';

/** Heads kept at most; the oldest go first (a 100,000-article import touches about 300,000 keys). */
export const MAX_CACHED_HEADS = 200_000;

/** One write transaction's view of the cache. */
export interface CacheTxn {
  /** The head of `key` as last written: a row, null when it has none, undefined when not known. */
  get(key: string): PostingRow | null | undefined;
  /** The head `key` has after this transaction (null: none). */
  set(key: string, head: PostingRow | null): void;
  /** The stamp this transaction writes into the totals row, if it writes anything. */
  readonly stamp: string;
  /** The transaction wrote nothing after all: the totals keep their stamp, and the cache stays good. */
  unchanged(): void;
}

/** A transaction's view with what the cache needs back at commit. */
export interface CacheView extends CacheTxn {
  epoch: number;
  staged: Map<string, PostingRow | null>;
  written: string | undefined;
}

export class PostingCache {
  private heads = new Map<string, PostingRow | null>();
  private stamp: string | undefined;
  private epoch = 0;

  constructor(private readonly max = MAX_CACHED_HEADS) {}

  get size(): number {
    return this.heads.size;
  }

  /** Opens a transaction's view, given the stamp the totals row holds now. */
  open(current: string | undefined): CacheView {
    if (current === undefined || current !== this.stamp) this.forget();
    const staged = new Map<string, PostingRow | null>();
    const heads = this.heads;
    const stamp = newStamp();
    const view: CacheView = {
      epoch: this.epoch,
      staged,
      stamp,
      written: stamp as string | undefined,
      get: (key: string) => heads.get(key),
      set: (key: string, head: PostingRow | null) => void staged.set(key, head),
      unchanged: () => {
        staged.clear();
        view.written = current;
      },
    };
    return view;
  }

  /** The transaction committed: what it wrote is what the store holds. */
  commit(txn: CacheView): void {
    if (txn.epoch !== this.epoch) return;
    for (const [key, head] of txn.staged) {
      this.heads.delete(key);
      this.heads.set(key, head);
    }
    this.stamp = txn.written;
    if (this.heads.size > this.max) {
      let over = this.heads.size - this.max;
      for (const key of this.heads.keys()) {
        if (over-- <= 0) break;
        this.heads.delete(key);
      }
    }
  }

  forget(): void {
    this.heads.clear();
    this.stamp = undefined;
    this.epoch++;
  }
}

function newStamp(): string {
  const a = new Uint32Array(2);
  crypto.getRandomValues(a);
  return `${a[0].toString(36)}.${a[1].toString(36)}`;
}
