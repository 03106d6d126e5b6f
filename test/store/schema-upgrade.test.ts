import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Corpus } from '../../src/store/corpus.ts';
import { CorpusDb } from '../../src/store/db.ts';
import { declareSchema, SCHEMA_HISTORY, SCHEMA_VERSION } from '../../src/store/schema.ts';
import { checkIndex, dumpTables, openStore, SEEDS, story } from './helpers.ts';

/** A corpus written by the current code, as raw rows of every table. */
async function referenceRows(): Promise<Record<string, unknown[]>> {
  const store = await openStore({ seeds: SEEDS });
  await store.corpus.addArticle({ text: story('nahar-digits'), url: 'https://nahar.example/floods', outlet: 'النهار', origin: 'page' });
  await store.corpus.addArticle({ text: story('watan-words'), outlet: 'الوطن', published: '2020-09-08', origin: 'import' });
  const doomed = await store.corpus.addArticle({ text: story('sabah-conflict'), origin: 'page' });
  await store.corpus.deleteArticle(doomed.id);
  const rows = await dumpTables(store.raw);
  store.close();
  return rows;
}

/** The rows as a database at `version` held them: fields derived by later versions removed. */
function rowsAt(version: number, rows: Record<string, unknown[]>): Record<string, unknown[]> {
  const later = SCHEMA_HISTORY.filter((v) => v.version > version).flatMap((v) => v.derived ?? []);
  const tables = new Set(SCHEMA_HISTORY.filter((v) => v.version <= version).flatMap((v) => Object.entries(v.stores)).filter(([, spec]) => spec !== null).map(([t]) => t));
  const out: Record<string, unknown[]> = {};
  for (const [table, list] of Object.entries(rows)) {
    if (!tables.has(table)) continue;
    out[table] = list.map((r) => {
      const copy = { ...(r as Record<string, unknown>) };
      for (const d of later) if (d.table === table) delete copy[d.field];
      if (table === 'postings') copy.ids = Float64Array.from((copy.ids as { Float64Array: number[] }).Float64Array);
      return copy;
    });
  }
  return out;
}

describe('corpus schema history', () => {
  it('is a list of increasing versions ending at the current one, each derived field with an upgrade', () => {
    const versions = SCHEMA_HISTORY.map((v) => v.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions[versions.length - 1]).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    for (const v of SCHEMA_HISTORY) if (v.derived?.length) expect(v.upgrade).toBeTypeOf('function');
  });

  const old = SCHEMA_HISTORY.filter((v) => v.version < SCHEMA_VERSION);
  it.each(old.map((v) => [v.version]))('opens a database filled at version %i with every record kept and derived fields rebuilt', async (version) => {
    const reference = await referenceRows();
    const factory = new IDBFactory();
    const name = `upgrade-from-${version}`;
    const legacy = new Dexie(name, { indexedDB: factory, IDBKeyRange });
    declareSchema(legacy, version);
    await legacy.open();
    expect(legacy.verno).toBe(version);
    const legacyRows = rowsAt(version, reference);
    for (const [table, list] of Object.entries(legacyRows)) await legacy.table(table).bulkAdd(list);
    expect(await legacy.table('articles').count()).toBe(reference.articles.length);
    legacy.close();

    const corpus = await Corpus.open({ name, indexedDB: factory, IDBKeyRange, seeds: SEEDS });
    const raw = new CorpusDb(name, { indexedDB: factory, IDBKeyRange });
    await raw.open();
    expect(raw.verno).toBe(SCHEMA_VERSION);
    const upgraded = await dumpTables(raw);
    for (const table of Object.keys(reference)) {
      if (table === 'meta') continue;
      expect(upgraded[table], table).toEqual(reference[table]);
    }
    const meta = (t: Record<string, unknown[]>) => t.meta.filter((m) => (m as { id: string }).id !== 'seeded');
    expect(meta(upgraded)).toEqual(meta(reference));
    expect(await checkIndex(raw)).toEqual([]);

    // The upgraded store works: search uses the rebuilt words, seeds were not re-added, writes go on.
    expect((await corpus.listArticles({ query: 'النهار' })).total).toBe(1);
    expect(await corpus.count()).toBe(SEEDS.length + 2);
    const added = await corpus.addArticle({ text: story('sabah-conflict'), origin: 'page' });
    expect(added.status).toBe('added');
    expect(await checkIndex(raw)).toEqual([]);
    raw.close();
    corpus.close();
  });
});
