/**
 * Opens the corpus for the background. A Chrome service worker may be stopped
 * at any time, so this is only a cache of the open database: the corpus and
 * its "already seeded" mark live in IndexedDB.
 */
import { Corpus } from '../store/corpus.ts';
import { SEEDS } from './seeds.ts';
import { storageUnavailable } from './storage-errors.ts';

let opening: Promise<Corpus> | null = null;

/**
 * The corpus, opened once per background lifetime; a new database starts
 * with the seed articles. Where IndexedDB is off or broken the open fails
 * with StorageUnavailable (and is tried again on the next call).
 */
export function corpus(): Promise<Corpus> {
  opening ??= Corpus.open({ seeds: SEEDS }).catch((error) => {
    opening = null;
    throw storageUnavailable(error);
  });
  return opening;
}
