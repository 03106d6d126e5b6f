/**
 * Storage failures, said plainly. The store reports a full disk as
 * StorageFullError and a missing or disabled IndexedDB as a failed open; both reach the reader as
 * an IsnadError whose message says what happened and what still works.
 */
import type { Handlers } from '../platform/messaging.ts';
import type { MessageName } from '../platform/protocol.ts';
import { IsnadError } from './errors.ts';
import { isStorageFull } from '../store/storage-full.ts';

/** A full disk: the store's StorageFullError, or a raw QuotaExceededError / NO_SPACE from IndexedDB. */
export const isQuotaError = isStorageFull;

let lastQuotaAbort = 0;

/**
 * Remembers when IndexedDB last aborted a transaction for lack of space.
 * Chromium aborts a transaction that fills the disk (its error says
 * FILE_ERROR_NO_SPACE, or QuotaExceededError), but dexie rejects with the
 * errors of the requests inside it, which only say they were aborted:
 * without this, a full disk reached the reader as "bulkPut(): 385 of 561
 * operations failed". The store now reads its own transaction's error
 * (StorageFullError); this catches the writes that fail in other ways just
 * after. Called once when the background starts; wraps
 * IDBDatabase.transaction of the background's own global only.
 */
export function watchTransactionAborts(): void {
  const proto = (globalThis as { IDBDatabase?: typeof IDBDatabase }).IDBDatabase?.prototype;
  if (!proto) return;
  const real = proto.transaction;
  proto.transaction = function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    const tx = real.apply(this, args);
    tx.addEventListener('abort', () => {
      if (tx.error && isQuotaError(tx.error)) lastQuotaAbort = Date.now();
    });
    return tx;
  } as IDBDatabase['transaction'];
}

/**
 * A write that failed within a few seconds of a transaction aborted for lack
 * of space: on a full disk Chromium also fails the next writes in other ways
 * ("The transaction was aborted", even "Maximum key generator value
 * reached"), all of them the full disk's doing.
 */
function failedForSpace(): boolean {
  return Date.now() - lastQuotaAbort < 10_000;
}

export function storageFull(): IsnadError {
  return new IsnadError('StorageFull',
    'the disk space for the corpus is full. Nothing of the last batch was written; free some space, then import the same file again to resume.');
}

/** The corpus database could not be opened: Isnad still highlights, but stores nothing. */
export function storageUnavailable(e: unknown): IsnadError {
  const detail = (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).replace(/\s+/g, ' ').slice(0, 200);
  return new IsnadError('StorageUnavailable',
    `this browser profile does not let Isnad store data (IndexedDB is off or unavailable: ${detail}). Claims are still highlighted, without sources.`);
}

/** Wraps every handler so a full disk comes back as StorageFull instead of a raw database error. */
export function withStorageErrors<N extends MessageName>(handlers: Handlers<N>): Handlers<N> {
  const out = {} as Handlers<N>;
  for (const name of Object.keys(handlers) as N[]) {
    const handler = handlers[name] as (payload: unknown, sender: unknown) => unknown;
    (out as Record<string, unknown>)[name] = async (payload: unknown, sender: unknown) => {
      try {
        return await handler(payload, sender);
      } catch (e) {
        if (isQuotaError(e) || failedForSpace()) throw storageFull();
        throw e;
      }
    };
  }
  return out;
}
