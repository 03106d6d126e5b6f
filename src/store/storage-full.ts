/**
 * A full disk, recognised at the store. IndexedDB aborts the transaction
 * that runs out of space with QuotaExceededError (Chromium: sometimes an
 * UnknownError naming FILE_ERROR_NO_SPACE), but dexie rejects with the
 * errors of the requests inside it, which arrive first and say other things
 * ("162 of 500 operations failed", "Maximum key generator value reached").
 * The transaction's own error, read once it has settled, is the truth.
 */
function names(e: unknown): string[] {
  const out: string[] = [];
  for (let x = e as { name?: unknown; inner?: unknown } | undefined, depth = 0; x && typeof x === 'object' && depth < 4; x = x.inner as typeof x, depth++) {
    if (typeof x.name === 'string') out.push(x.name);
  }
  return out;
}

function message(e: unknown): string {
  return e && typeof e === 'object' && 'message' in e ? String((e as { message: unknown }).message) : '';
}

/**
 * Ids count up from 1, so the key generator's 2^53 limit is never reached by
 * a corpus: Chromium says it when the disk filled under an earlier write and
 * its backing store can no longer read the generator's state.
 */
const BROKEN_BY_FULL_DISK = /Maximum key generator value reached/;

export function isStorageFull(e: unknown): boolean {
  if (e instanceof StorageFullError) return true;
  if (names(e).some((n) => n.startsWith('QuotaExceeded'))) return true;
  return /NO_SPACE|No space left|quota/i.test(message(e)) || BROKEN_BY_FULL_DISK.test(message(e));
}

/** A write refused for lack of space; its transaction was aborted, so nothing of it was kept. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(readonly inner: unknown) {
    super(`no space left for the corpus (${names(inner)[0] ?? 'Error'}: ${message(inner)})`);
  }
}

/** Waits until an IndexedDB transaction has committed or aborted (at most `ms`). */
export function settled(tx: IDBTransaction, ms = 2_000): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    tx.addEventListener('complete', done);
    tx.addEventListener('abort', done);
    tx.addEventListener('error', done);
    setTimeout(done, ms);
  });
}
