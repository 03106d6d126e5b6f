/**
 * Storage faults in the store (Node, fake-indexeddb): the disk fills up in
 * the middle of a write, and two openers meet an old database during a
 * schema upgrade. The corpus must stay consistent, nothing half-written,
 * and an interrupted import must resume (issue 6, data safety).
 */
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { isDeepStrictEqual } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Corpus } from '../../src/store/corpus.ts';
import { CorpusDb } from '../../src/store/db.ts';
import { declareSchema, SCHEMA_HISTORY, SCHEMA_VERSION } from '../../src/store/schema.ts';
import { checkIndex, dumpTables, exportText, openStore, SEEDS, shortArticle, story, type TestStore } from '../store/helpers.ts';
import { add, zero } from './harness/counters.ts';

// The background's modules reach the polyfill, which loads only inside an extension.
vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: 'isnad-id' } } }));
const { withStorageErrors, storageUnavailable } = await import('../../src/background/storage-errors.ts');

const realPut = IDBObjectStore.prototype.put;
const realAdd = IDBObjectStore.prototype.add;

/** From the `after`-th write on, every put/add fails as a full disk does. */
function fillDiskAfter(after: number): () => number {
  let writes = 0;
  const fail = function (this: IDBObjectStore, real: typeof realPut, args: Parameters<typeof realPut>) {
    if (++writes > after) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return real.apply(this, args);
  };
  IDBObjectStore.prototype.put = function (...args) { return fail.call(this, realPut, args); };
  IDBObjectStore.prototype.add = function (...args) { return fail.call(this, realAdd, args); };
  return () => writes;
}

/**
 * A full disk as Chromium reports it: the transaction aborts with a quota
 * error, while the request that hit it fails with something unrelated.
 */
function fillDiskMisleadinglyAfter(after: number, requestSays: string): void {
  let writes = 0;
  const fail = function (this: IDBObjectStore, real: typeof realPut, args: Parameters<typeof realPut>) {
    if (++writes <= after) return real.apply(this, args);
    const tx = this.transaction;
    if (!tx.error) {
      tx.abort();
      Object.defineProperty(tx, 'error', { value: new DOMException('Internal error: FILE_ERROR_NO_SPACE', 'UnknownError') });
    }
    throw new DOMException(requestSays, 'ConstraintError');
  };
  IDBObjectStore.prototype.put = function (...args) { return fail.call(this, realPut, args); };
  IDBObjectStore.prototype.add = function (...args) { return fail.call(this, realAdd, args); };
}

function freeDisk(): void {
  IDBObjectStore.prototype.put = realPut;
  IDBObjectStore.prototype.add = realAdd;
}

const fileOf = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ v: 1, url: `https://quota.example/${from + i}`, text: shortArticle(from + i) })).join('\n') + '\n';

let store: TestStore | undefined;
zero('faults.bad');
afterEach(() => {
  freeDisk();
  store?.close();
  store = undefined;
});

/** Records a fault case for the table: `ok` false counts as inconsistent or silent. */
function counted(ok: boolean): void {
  add('faults.tried');
  if (!ok) add('faults.bad');
}

describe('a full disk in the middle of a write', () => {
  it('stops an import after whole batches only, says why, and the same file resumes once there is room', async () => {
    store = await openStore({ seeds: SEEDS });
    const before = await exportText(store.corpus);
    const file = fileOf(1200);
    // Fail inside the second batch of 500: the first is committed, the second never is.
    let failedAfter = 0;
    const writes = fillDiskAfter(Number.POSITIVE_INFINITY);
    const error = await store.corpus.importJsonl(file, {
      onProgress: (p) => {
        if (p.lines === 500 && !failedAfter) {
          failedAfter = writes();
          fillDiskAfter(40);
        }
      },
    }).then(() => null, (e: Error) => e);
    freeDisk();
    const problems = await checkIndex(store.raw);
    const count = await store.corpus.count();
    const interrupted = await store.corpus.interruptedImport();
    counted(!!error && problems.length === 0 && count === SEEDS.length + 500);
    expect(error?.name).toBe('StorageFullError');
    expect(problems).toEqual([]);
    expect(count).toBe(SEEDS.length + 500);
    expect(interrupted).toMatchObject({ state: 'running', linesDone: 500 });
    expect((await exportText(store.corpus)).startsWith(before)).toBe(true);

    const report = await store.corpus.importJsonl(file);
    expect(report).toMatchObject({ resumed: true, added: 1200, skipped: [] });
    expect(await store.corpus.count()).toBe(SEEDS.length + 1200);
    const urls = (await store.raw.articles.toArray()).map((a) => a.url).filter(Boolean);
    expect(new Set(urls).size).toBe(1200);
    expect(await checkIndex(store.raw)).toEqual([]);
  });

  it.each([1, 3, 8, 20])('adding one article when the disk fills after %i writes writes nothing of it', async (after) => {
    store = await openStore({ seeds: SEEDS });
    const before = await dumpTables(store.raw);
    fillDiskAfter(after);
    const error = await store.corpus.addArticle({ text: story('sabah-conflict'), url: 'https://sabah.example/x', origin: 'page' }).then(() => null, (e: Error) => e);
    freeDisk();
    const same = isDeepStrictEqual(await dumpTables(store.raw), before);
    counted(!!error && same);
    expect(error?.name).toBe('StorageFullError');
    expect(same).toBe(true);
    // And it works once there is room.
    expect((await store.corpus.addArticle({ text: story('sabah-conflict'), url: 'https://sabah.example/x', origin: 'page' })).status).toBe('added');
    expect(await checkIndex(store.raw)).toEqual([]);
  });

  it.each([
    ['Key already exists in the object store.', /NO_SPACE/],
    ['Maximum key generator value reached.', /key generator/],
  ])('a full disk whose failing request says "%s" is still reported as a full disk', async (requestSays, named) => {
    store = await openStore({ seeds: SEEDS });
    const before = await dumpTables(store.raw);
    fillDiskMisleadinglyAfter(3, requestSays);
    const error = await store.corpus.addArticle({ text: story('sabah-conflict'), url: 'https://sabah.example/x', origin: 'page' }).then(() => null, (e: Error) => e);
    freeDisk();
    const same = isDeepStrictEqual(await dumpTables(store.raw), before);
    counted(error?.name === 'StorageFullError' && same);
    expect(error?.name).toBe('StorageFullError');
    expect(error?.message).toMatch(named);
    expect(same).toBe(true);
  });

  it('resetting to the seeds on a full disk keeps the corpus as it was', async () => {
    store = await openStore({ seeds: SEEDS });
    await store.corpus.importJsonl(fileOf(30));
    const before = await dumpTables(store.raw);
    fillDiskAfter(2);
    const error = await store.corpus.resetToSeeds(SEEDS).then(() => null, (e: Error) => e);
    freeDisk();
    const same = isDeepStrictEqual(await dumpTables(store.raw), before);
    counted(!!error && same);
    expect(error).not.toBeNull();
    expect(same).toBe(true);
  });
});

describe('two openers during a schema upgrade', () => {
  /** A database as schema `version` wrote it, filled with the current code's rows minus fields derived later. */
  async function legacyDatabase(factory: IDBFactory, name: string, version: number): Promise<Record<string, unknown[]>> {
    const s = await openStore({ seeds: SEEDS });
    await s.corpus.addArticle({ text: story('nahar-digits'), url: 'https://nahar.example/floods', outlet: 'النهار', origin: 'page' });
    await s.corpus.importJsonl(fileOf(40));
    const current = await dumpTables(s.raw);
    const rawRows: Record<string, unknown[]> = {};
    for (const t of s.raw.tables) rawRows[t.name] = await t.toArray();
    s.close();
    const later = SCHEMA_HISTORY.filter((v) => v.version > version).flatMap((v) => v.derived ?? []);
    const legacy = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    declareSchema(legacy, version);
    await legacy.open();
    for (const table of legacy.tables) {
      const rows = (rawRows[table.name] ?? []).map((r) => {
        const copy = { ...(r as Record<string, unknown>) };
        for (const d of later) if (d.table === table.name) delete copy[d.field];
        return copy;
      });
      await table.bulkAdd(rows);
    }
    // The old connection stays open, as an extension page of the old version would keep it.
    return current;
  }

  const old = SCHEMA_HISTORY.filter((v) => v.version < SCHEMA_VERSION).map((v) => v.version);
  it.each(old)('from version %i: both open, every record kept, the index consistent', async (version) => {
    const factory = new IDBFactory();
    const name = `two-openers-${version}`;
    const current = await legacyDatabase(factory, name, version);
    const [a, b] = await Promise.all([
      Corpus.open({ name, indexedDB: factory, IDBKeyRange, seeds: SEEDS }),
      Corpus.open({ name, indexedDB: factory, IDBKeyRange, seeds: SEEDS }),
    ]);
    // Both work, one after the other and at once.
    const [sa, sb] = await Promise.all([a.stats(), b.stats()]);
    const raw = new CorpusDb(name, { indexedDB: factory, IDBKeyRange });
    await raw.open();
    const upgraded = await dumpTables(raw);
    const problems = await checkIndex(raw);
    const keep = (t: Record<string, unknown[]>) => ({ ...t, meta: t.meta.filter((m) => (m as { id: string }).id !== 'seeded') });
    const same = isDeepStrictEqual(keep(upgraded), keep(current));
    counted(same && problems.length === 0 && raw.verno === SCHEMA_VERSION);
    expect(raw.verno).toBe(SCHEMA_VERSION);
    expect(sa.articles).toBe(sb.articles);
    expect(keep(upgraded)).toEqual(keep(current));
    expect(problems).toEqual([]);
    expect((await a.addArticle({ text: story('watan-words'), origin: 'import' })).status).toBe('added');
    expect((await b.listArticles({ query: 'النهار' })).total).toBe(1);
    a.close();
    b.close();
    raw.close();
  });
});

describe('what the background tells the reader', () => {
  it('a full disk, however dexie wraps it, becomes StorageFull with a message that says what to do', async () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    const handlers = withStorageErrors({
      'ui-to-background:reset-to-seeds': async () => { throw wrapped; },
      'ui-to-background:corpus-stats': async () => { throw new TypeError('other'); },
    } as never) as unknown as Record<string, () => Promise<unknown>>;
    const full = await handlers['ui-to-background:reset-to-seeds']().catch((e: Error) => e);
    expect(full).toMatchObject({ name: 'StorageFull' });
    expect((full as Error).message).toMatch(/full.*import the same file again/);
    // Other errors pass through untouched.
    expect(await handlers['ui-to-background:corpus-stats']().catch((e: Error) => e.name)).toBe('TypeError');
  });

  it('a database that cannot open becomes StorageUnavailable, saying highlights still work', () => {
    const e = storageUnavailable(Object.assign(new Error('IndexedDB API missing'), { name: 'MissingAPIError' }));
    expect(e.name).toBe('StorageUnavailable');
    expect(e.message).toMatch(/MissingAPIError.*still highlighted/);
  });
});
