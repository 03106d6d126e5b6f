/**
 * Reads the extension's corpus database as it is on disk, from one of its
 * own pages, and checks it in Node with the store tests' own invariants
 * (test/store/helpers.ts checkIndex): every statement indexed exactly once,
 * no posting of a deleted article, totals that match, plus no article held
 * twice (same URL or same text). The raw rows are copied into a
 * fake-indexeddb database with the current schema for that check.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CorpusDb } from '../../../src/store/db.ts';
import { checkIndex } from '../../store/helpers.ts';
import type { Tab } from './browsers.ts';

export type Dump = Record<string, unknown[]>;

/** Runs in an extension page: every row of every table, typed arrays tagged so they survive JSON. */
export async function dumpCorpus(name: string): Promise<Dump> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(name);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const out: Record<string, unknown[]> = {};
  const tag = (v: unknown): unknown => {
    if (ArrayBuffer.isView(v)) return { __typed: v.constructor.name, values: Array.from(v as unknown as ArrayLike<number>) };
    if (Array.isArray(v)) return v.map(tag);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tag(x)]));
    return v;
  };
  for (const store of [...db.objectStoreNames]) {
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const r = db.transaction(store, 'readonly').objectStore(store).getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    out[store] = rows.map(tag);
  }
  db.close();
  return out;
}

function untag(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(untag);
  if (v && typeof v === 'object') {
    const o = v as { __typed?: string; values?: number[] };
    if (o.__typed) {
      const Ctor = (globalThis as unknown as Record<string, new (a: number[]) => unknown>)[o.__typed];
      return new Ctor(o.values ?? []);
    }
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, untag(x)]));
  }
  return v;
}

export interface Consistency {
  problems: string[];
  articles: { id: number; url: string; textHash: string; origin: string }[];
}

/** The store's invariants over a dump; `problems` is empty for a consistent corpus. */
export async function checkDump(dump: Dump): Promise<Consistency> {
  const db = new CorpusDb(`dump-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  await db.open();
  const problems: string[] = [];
  for (const table of db.tables) {
    const rows = (dump[table.name] ?? []).map(untag);
    if (!(table.name in dump)) problems.push(`table ${table.name} missing`);
    await table.bulkPut(rows as never[]);
  }
  problems.push(...await checkIndex(db));
  const articles = (await db.articles.toArray()).map((a) => ({ id: a.id!, url: a.url, textHash: a.textHash, origin: a.origin }));
  const seen = new Map<string, number>();
  for (const a of articles) {
    for (const key of [a.url && `url ${a.url}`, `text ${a.textHash}`]) {
      if (!key) continue;
      if (seen.has(key)) problems.push(`articles ${seen.get(key)} and ${a.id} share the ${key.split(' ')[0]}`);
      else seen.set(key, a.id);
    }
  }
  db.close();
  return { problems, articles };
}

export async function corpusState(extensionPage: Tab): Promise<Consistency> {
  return checkDump(await extensionPage.evaluate(dumpCorpus, 'isnad-corpus'));
}
