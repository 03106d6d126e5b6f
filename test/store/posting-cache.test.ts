/**
 * The postings heads a connection keeps between its own writes (so an
 * import reads each head once, not once per batch) must never outlive a
 * write by anyone else: two connections writing in turn keep the index
 * exact, and the second batch of one connection reads only the heads it
 * has not seen.
 */
import { IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/store/corpus.ts';
import { PostingCache } from '../../src/store/posting-cache.ts';
import type { PostingRow } from '../../src/store/rows.ts';
import { checkIndex, openStore, shortArticle } from './helpers.ts';

const row = (key: string, ids: number[]): PostingRow => ({ key, chunk: 0, ids: Float64Array.from(ids), df: ids.length, full: 0 });

describe('PostingCache', () => {
  it('holds what a committed transaction wrote while the store carries its stamp', () => {
    const cache = new PostingCache();
    const first = cache.open(undefined);
    first.set('place:سنار', row('place:سنار', [4096]));
    cache.commit(first);
    const second = cache.open(first.stamp);
    expect(second.get('place:سنار')?.df).toBe(1);
    expect(second.get('place:كسلا')).toBeUndefined();
  });

  it('forgets everything when the store carries another writer\'s stamp', () => {
    const cache = new PostingCache();
    const first = cache.open(undefined);
    first.set('place:سنار', row('place:سنار', [4096]));
    cache.commit(first);
    const later = cache.open('someone-else');
    expect(later.get('place:سنار')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('refuses a commit that comes after it forgot, and keeps the stamp of a transaction that wrote nothing', () => {
    const cache = new PostingCache();
    const slow = cache.open(undefined);
    slow.set('place:سنار', row('place:سنار', [4096]));
    cache.forget();
    cache.commit(slow);
    expect(cache.size).toBe(0);
    const a = cache.open(undefined);
    a.set('org:الامم المتحده', row('org:الامم المتحده', [8192]));
    cache.commit(a);
    const idle = cache.open(a.stamp);
    idle.unchanged();
    cache.commit(idle);
    expect(cache.open(a.stamp).get('org:الامم المتحده')?.df).toBe(1);
  });

  it('keeps at most its limit, the oldest heads going first', () => {
    const cache = new PostingCache(3);
    const txn = cache.open(undefined);
    for (const k of ['a', 'b', 'c', 'd']) txn.set(k, row(k, [1]));
    cache.commit(txn);
    const next = cache.open(txn.stamp);
    expect(next.get('a')).toBeUndefined();
    expect(next.get('d')).toBeDefined();
  });
});

describe('two connections writing in turn', () => {
  it('keep the key index exact: neither writes over the other\'s heads from a stale cache', async () => {
    const store = await openStore();
    const other = await Corpus.open({ name: store.name, indexedDB: store.factory, IDBKeyRange });
    try {
      for (let round = 0; round < 6; round++) {
        // Both write the same keys (one place, nearby figures), batch after batch.
        const writer = round % 2 ? other : store.corpus;
        await writer.addArticles(Array.from({ length: 5 }, (_, i) => ({ text: shortArticle(round * 10 + i, 'سنار'), origin: 'import' as const })));
      }
      await store.corpus.addArticle({ text: shortArticle(99, 'سنار'), origin: 'page' });
      expect(await checkIndex(store.raw)).toEqual([]);
      expect((await store.corpus.stats()).articles).toBe(31);
    } finally {
      other.close();
      store.close();
    }
  });

  it('a connection\'s second batch reads only the heads it has not written', async () => {
    const store = await openStore();
    try {
      const db = (store.corpus as unknown as { db: import('../../src/store/db.ts').CorpusDb }).db;
      let reads = 0;
      const bulkGet = db.postings.bulkGet.bind(db.postings);
      db.postings.bulkGet = ((keys: unknown[]) => {
        reads += keys.length;
        return bulkGet(keys as never);
      }) as never;
      await store.corpus.addArticles([{ text: shortArticle(1, 'سنار'), origin: 'import' }]);
      const first = reads;
      expect(first).toBeGreaterThan(0);
      reads = 0;
      // The same place and sources, other figures: only the new figure keys are read.
      await store.corpus.addArticles([{ text: shortArticle(2, 'سنار'), origin: 'import' }]);
      expect(reads).toBeGreaterThan(0);
      expect(reads).toBeLessThan(first);
      expect(await checkIndex(store.raw)).toEqual([]);
    } finally {
      store.close();
    }
  });
});
