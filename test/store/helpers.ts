import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus, type OpenOptions, type SeedArticle } from '../../src/store/corpus.ts';
import { CorpusDb } from '../../src/store/db.ts';
import { CHUNK_SIZE } from '../../src/store/postings.ts';
import type { PostingRow } from '../../src/store/rows.ts';
import { STATEMENTS_PER_ROW } from '../../src/store/statement-ids.ts';
import { statementsIn } from '../../src/store/statement-rows.ts';
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

/** Every row of every table, typed arrays turned into tagged plain arrays, for exact comparisons. */
export async function dumpTables(db: CorpusDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] = rows.map((r) => JSON.parse(JSON.stringify(r, (_k, v) => (ArrayBuffer.isView(v) ? { [v.constructor.name]: Array.from(v as Float64Array) } : v))));
  }
  return out;
}

/** Every stored statement with its id and keys. */
export async function allStatements(db: CorpusDb): Promise<{ id: number; articleId: number; keys: string[] }[]> {
  return [...statementsIn(await db.statements.toArray())].map(({ id, articleId, statement }) => ({ id, articleId, keys: statement.keys }));
}

/**
 * Rebuilds the key index from the statements and compares it with the stored
 * postings: every statement key is posted exactly once, no dead id remains,
 * full chunks hold CHUNK_SIZE ids, heads carry the exact df, and the totals
 * and statements rows agree with the articles.
 */
export async function checkIndex(db: CorpusDb): Promise<string[]> {
  const problems: string[] = [];
  const expected = new Map<string, number[]>();
  const statements = await allStatements(db);
  for (const s of statements) {
    for (const k of s.keys) {
      const list = expected.get(k) ?? [];
      list.push(s.id);
      expected.set(k, list);
    }
  }
  const posted = new Map<string, PostingRow[]>();
  for (const p of await db.postings.toArray()) {
    const list = posted.get(p.key) ?? [];
    list.push(p);
    posted.set(p.key, list);
  }
  for (const key of new Set([...expected.keys(), ...posted.keys()])) {
    const want = (expected.get(key) ?? []).sort((a, b) => a - b);
    const rows = (posted.get(key) ?? []).sort((a, b) => a.chunk - b.chunk);
    const got = rows.flatMap((r) => Array.from(r.ids)).sort((a, b) => a - b);
    if (JSON.stringify(got) !== JSON.stringify(want)) problems.push(`${key}: postings ${got.length} ids, statements ${want.length}`);
    const head = rows.find((r) => r.chunk === 0);
    if (want.length && (!head || head.df !== want.length || head.full !== rows.length - 1)) problems.push(`${key}: head ${JSON.stringify({ df: head?.df, full: head?.full })}`);
    rows.forEach((r, i) => {
      if (r.chunk !== i) problems.push(`${key}: chunk ${r.chunk} out of sequence`);
      if (r.chunk > 0 && r.ids.length !== CHUNK_SIZE) problems.push(`${key}: chunk ${r.chunk} holds ${r.ids.length} ids`);
    });
  }
  const articleIds = new Set(await db.articles.toCollection().primaryKeys());
  for (const row of await db.statements.toArray()) {
    if (!articleIds.has(row.articleId)) problems.push(`statements row of deleted article ${row.articleId}`);
    if (row.statements.length === 0 || row.statements.length > STATEMENTS_PER_ROW) problems.push(`statements row ${row.articleId}:${row.group} holds ${row.statements.length}`);
    const article = await db.articles.get(row.articleId);
    if (article && (row.source.title !== article.title || row.source.url !== article.url)) problems.push(`statements row ${row.articleId}:${row.group} has a stale source`);
  }
  const { stamp: _stamp, ...totals } = (await db.meta.get('totals')) as { stamp?: string };
  const want = { id: 'totals', articles: articleIds.size, statements: statements.length, keys: expected.size };
  if (JSON.stringify(totals) !== JSON.stringify(want)) problems.push(`totals ${JSON.stringify(totals)} vs ${JSON.stringify(want)}`);
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
