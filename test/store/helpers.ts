import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus, type OpenOptions, type SeedArticle } from '../../src/store/corpus.ts';
import { CorpusDb } from '../../src/store/db.ts';
import { parseHtml } from '../../src/store/node-dom.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export const SEEDS: SeedArticle[] = readdirSync(join(ROOT, 'seeds'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ file: `seeds/${f}`, text: readFileSync(join(ROOT, 'seeds', f), 'utf8') }));

export function story(name: 'nahar-digits' | 'watan-words' | 'sabah-conflict' | 'wire-copy'): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', 'stories', `${name}.txt`), 'utf8');
}

export interface TestStore {
  corpus: Corpus;
  /** A second connection to the same database, for looking at raw rows. */
  raw: CorpusDb;
  factory: IDBFactory;
  name: string;
  close(): void;
}

let counter = 0;

/** A corpus on a fresh in-memory IndexedDB. */
export async function openStore(opts: Omit<OpenOptions, 'indexedDB' | 'IDBKeyRange'> = {}): Promise<TestStore> {
  const factory = new IDBFactory();
  const name = opts.name ?? `test-${++counter}`;
  const corpus = await Corpus.open({ parseHtml, ...opts, name, indexedDB: factory, IDBKeyRange });
  const raw = new CorpusDb(name, { indexedDB: factory, IDBKeyRange });
  await raw.open();
  return {
    corpus, raw, factory, name,
    close() {
      corpus.close();
      raw.close();
    },
  };
}

export async function exportText(corpus: Corpus): Promise<string> {
  const lines: string[] = [];
  for await (const line of corpus.exportJsonl()) lines.push(line);
  return lines.map((l) => `${l}\n`).join('');
}

/** Every row of every table, typed arrays turned into plain arrays, for exact comparisons. */
export async function dumpTables(db: CorpusDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] = rows.map((r) => JSON.parse(JSON.stringify(r, (_k, v) => (v instanceof Uint32Array ? Array.from(v) : v))));
  }
  return out;
}

/**
 * Rebuilds the key index from the statements and compares it with the stored
 * postings and key stats: every statement key is posted exactly once, no dead
 * id remains, chunks are full except the last, and df is exact.
 */
export async function checkIndex(db: CorpusDb): Promise<string[]> {
  const problems: string[] = [];
  const expected = new Map<string, number[]>();
  for (const s of await db.statements.toArray()) {
    for (const k of s.keys) {
      const list = expected.get(k) ?? [];
      list.push(s.id!);
      expected.set(k, list);
    }
  }
  const stats = new Map((await db.keyStats.toArray()).map((s) => [s.key, s]));
  const posted = new Map<string, { chunk: number; ids: number[] }[]>();
  for (const p of await db.postings.toArray()) {
    const list = posted.get(p.key) ?? [];
    list.push({ chunk: p.chunk, ids: Array.from(p.ids) });
    posted.set(p.key, list);
  }
  for (const key of new Set([...expected.keys(), ...stats.keys(), ...posted.keys()])) {
    const want = (expected.get(key) ?? []).sort((a, b) => a - b);
    const chunks = (posted.get(key) ?? []).sort((a, b) => a.chunk - b.chunk);
    const got = chunks.flatMap((c) => c.ids);
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${key}: postings ${got.length} ids, statements ${want.length}`);
    const st = stats.get(key);
    if (want.length === 0 && st) problems.push(`${key}: stat left for a key no statement has`);
    if (want.length && (!st || st.df !== want.length || st.chunks !== chunks.length)) problems.push(`${key}: stat ${JSON.stringify(st)}`);
    chunks.forEach((c, i) => {
      if (c.chunk !== i) problems.push(`${key}: chunk ${c.chunk} out of sequence`);
    });
  }
  const totals = await db.meta.get('totals');
  const statements = await db.statements.count();
  const articles = await db.articles.count();
  if (!totals || totals.id !== 'totals' || totals.statements !== statements || totals.articles !== articles) {
    problems.push(`totals ${JSON.stringify(totals)} vs ${articles} articles, ${statements} statements`);
  }
  return problems;
}

/** A short news article about a place and a figure, for bulk tests. */
export function shortArticle(i: number, place = 'الخرطوم'): string {
  return [
    `الدفاع المدني يعلن حصيلة جديدة في ${place} رقم ${i}`,
    `أعلن الدفاع المدني في ${place} يوم الاثنين أن ${100 + i} شخصا أصيبوا في حوادث متفرقة خلال الأسبوع.`,
    `وقال المتحدث باسم الدفاع المدني إن فرق الإنقاذ تعاملت مع ${20 + (i % 50)} حادثا.`,
  ].join('\n');
}
