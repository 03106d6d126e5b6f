/**
 * Keys too common to look statements up by are known by their document
 * frequency alone: a connection keeps those between lookups, so a second
 * lookup reads no head of theirs, while any write (by anyone) makes it read
 * them again. The candidates are the same either way.
 */
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeText, statementKeys } from '../../src/engine/index.ts';
import { Corpus } from '../../src/store/corpus.ts';
import type { CorpusDb } from '../../src/store/db.ts';
import { openStore, shortArticle, story, type TestStore } from './helpers.ts';

let store: TestStore;
afterEach(() => store?.close());

/** Counts the head rows (chunk 0) a connection reads. */
function countHeadReads(corpus: Corpus): { heads: number } {
  const db = (corpus as unknown as { db: CorpusDb }).db;
  const seen = { heads: 0 };
  const bulkGet = db.postings.bulkGet.bind(db.postings);
  db.postings.bulkGet = ((keys: [string, number][]) => {
    seen.heads += keys.filter((k) => k[1] === 0).length;
    return bulkGet(keys as never);
  }) as never;
  return seen;
}

describe('common keys between lookups', () => {
  it('are not read again while the store is unchanged, and are after a write by another connection', async () => {
    // A cap of 5: the place and the organisation of the fillers are common.
    store = await openStore({ commonKeyCap: 5 });
    await store.corpus.addArticles(Array.from({ length: 12 }, (_, i) => ({ text: shortArticle(i), origin: 'import' as const })));
    await store.corpus.addArticle({ text: story('nahar-digits'), origin: 'page' });
    const page = analyzeText(`${shortArticle(100)}\n${story('sabah-conflict')}`);
    const keys = [...new Set(page.sentences.flatMap((_, i) => statementKeys(page, i)))];
    const reads = countHeadReads(store.corpus);

    const first = await store.corpus.candidates(keys, { limit: 10 });
    const firstReads = reads.heads;
    expect(firstReads).toBe(keys.length);
    reads.heads = 0;
    const second = await store.corpus.candidates(keys, { limit: 10 });
    expect(reads.heads).toBeGreaterThan(0);
    expect(reads.heads).toBeLessThan(firstReads);
    expect(second).toEqual(first);

    // Another connection writes: the common keys' df may have changed, so they are read again.
    const other = await Corpus.open({ name: store.name, indexedDB: store.factory, IDBKeyRange, commonKeyCap: 5 });
    await other.addArticle({ text: shortArticle(200), origin: 'page' });
    reads.heads = 0;
    const third = await store.corpus.candidates(keys, { limit: 10 });
    expect(reads.heads).toBe(keys.length);
    expect(third).toEqual(await other.candidates(keys, { limit: 10 }));
    other.close();
  });
});
