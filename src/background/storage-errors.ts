/**
 * Storage failures, said plainly. IndexedDB reports a full disk as
 * QuotaExceededError (dexie keeps the name, sometimes on `inner`) and a
 * missing or disabled IndexedDB as a failed open; both reach the reader as
 * an IsnadError whose message says what happened and what still works.
 */
import type { Handlers } from '../platform/messaging.ts';
import type { MessageName } from '../platform/protocol.ts';
import { IsnadError } from './errors.ts';

function names(e: unknown): string[] {
  const out: string[] = [];
  for (let x = e as { name?: unknown; inner?: unknown } | undefined, depth = 0; x && depth < 4; x = x.inner as typeof x, depth++) {
    if (typeof x.name === 'string') out.push(x.name);
  }
  return out;
}

export function isQuotaError(e: unknown): boolean {
  return names(e).some((n) => n.startsWith('QuotaExceeded'));
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
        throw isQuotaError(e) ? storageFull() : e;
      }
    };
  }
  return out;
}
