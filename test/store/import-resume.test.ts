import { afterEach, describe, expect, it } from 'vitest';
import { writeArticles } from '../../src/store/ingest.ts';
import { prepareArticle } from '../../src/store/prepare.ts';
import { checkIndex, dumpTables, openStore, shortArticle, story, type TestStore } from './helpers.ts';

let store: TestStore;
afterEach(() => store?.close());

const fileOf = (n: number) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ v: 1, id: i + 1, url: `https://news.example/${i + 1}`, text: shortArticle(i) })).join('\n') + '\n';

class Killed extends Error {}

describe('interrupted imports', () => {
  it('leave whole batches only, and importing the same file again resumes after the last one', async () => {
    store = await openStore();
    const file = fileOf(23);
    let batches = 0;
    await expect(
      store.corpus.importJsonl(file, {
        batchSize: 5,
        onProgress: () => {
          if (++batches === 2) throw new Killed('service worker stopped');
        },
      }),
    ).rejects.toThrow(Killed);
    expect(await store.corpus.count()).toBe(10);
    const op = (await store.corpus.interruptedImport())!;
    expect(op).toMatchObject({ state: 'running', linesDone: 10, added: 10 });
    expect(await checkIndex(store.raw)).toEqual([]);

    const seen: number[] = [];
    const report = await store.corpus.importJsonl(file, { batchSize: 5, onProgress: (p) => seen.push(p.lines) });
    expect(report).toMatchObject({ added: 23, updated: 0, unchanged: 0, skipped: [], resumed: true });
    expect(seen[0]).toBe(15);
    expect(await store.corpus.count()).toBe(23);
    expect(await store.corpus.interruptedImport()).toBeUndefined();
    const urls = (await store.raw.articles.toArray()).map((a) => a.url);
    expect(new Set(urls).size).toBe(23);
    expect(await checkIndex(store.raw)).toEqual([]);
  });

  it('does not resume from the progress of a different file, and still never duplicates', async () => {
    store = await openStore();
    const file = fileOf(12);
    await expect(
      store.corpus.importJsonl(file, { batchSize: 4, onProgress: () => { throw new Killed(); } }),
    ).rejects.toThrow(Killed);
    expect(await store.corpus.count()).toBe(4);
    const other = `${JSON.stringify({ v: 1, text: story('watan-words') })}\n${file}`;
    const report = await store.corpus.importJsonl(other, { batchSize: 4 });
    expect(report.resumed).toBeUndefined();
    expect(report).toMatchObject({ added: 9, unchanged: 4 });
    expect(await store.corpus.count()).toBe(13);
    const ops = await store.raw.operations.toArray();
    expect(ops.map((o) => o.state)).toEqual(['abandoned', 'done']);
  });

  it('a batch that fails inside its transaction writes nothing at all', async () => {
    store = await openStore();
    await store.corpus.addArticle({ text: story('nahar-digits'), origin: 'page' });
    const before = await dumpTables(store.raw);
    const batch = [0, 1, 2].map((i) => prepareArticle({ text: shortArticle(i), origin: 'import' }));
    await expect(
      writeArticles(store.raw, batch, () => {
        throw new Killed('stopped before commit');
      }),
    ).rejects.toThrow(Killed);
    expect(await dumpTables(store.raw)).toEqual(before);
  });
});
