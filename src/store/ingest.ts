import type { CorpusDb } from './db.ts';
import type { CacheView } from './posting-cache.ts';
import { addPosting, applyPostings, emptyChanges, removePosting, type PostingChanges } from './postings.ts';
import type { PreparedArticle } from './prepare.ts';
import type { ArticleRow, StatementsRow, StoredStatement, TotalsRow } from './rows.ts';
import { deleteStatementRows, readStatementRows, statementRows, statementsIn } from './statement-rows.ts';
import { articleSearchWords } from './search-words.ts';
import type { AddResult } from './types.ts';

/** Articles per transaction: large enough to amortise chunk rewrites, small enough to keep a transaction short. */
export const WRITE_BATCH = 500;

/** Runs inside the batch transaction, after the records are written (e.g. to record import progress). */
export type InTransaction = (results: AddResult[]) => Promise<void> | void;

interface Slot {
  row: ArticleRow;
  isNew: boolean;
  dirty: boolean;
  /** New statements to write (the article is new or its text changed). */
  statements?: PreparedArticle['statements'];
}

const META_FIELDS = ['title', 'outlet', 'published', 'file'] as const;

function newRow(p: PreparedArticle): ArticleRow {
  const row: ArticleRow = {
    url: p.explicit.url ?? '',
    title: p.explicit.title ?? p.derivedTitle,
    outlet: p.explicit.outlet ?? '',
    addedAt: p.addedAt ?? Date.now(),
    origin: p.origin,
    textHash: p.textHash,
    text: p.text,
    fingerprint: p.fingerprint,
    layout: p.layout,
    words: [],
  };
  if (p.explicit.published) row.published = p.explicit.published;
  if (p.explicit.file) row.file = p.explicit.file;
  return row;
}

/**
 * Merges an input into the record it duplicates. Given metadata overwrites,
 * except the URL: the first one an article was known by stays. Origin and
 * addedAt never change. Returns whether anything changed.
 */
function merge(slot: Slot, p: PreparedArticle): boolean {
  const r = slot.row;
  let changed = false;
  if (r.textHash !== p.textHash) {
    r.text = p.text;
    r.textHash = p.textHash;
    r.fingerprint = p.fingerprint;
    r.layout = p.layout;
    slot.statements = p.statements;
    changed = true;
  }
  if (!r.url && p.explicit.url) {
    r.url = p.explicit.url;
    changed = true;
  }
  for (const f of META_FIELDS) {
    const v = p.explicit[f];
    if (v !== undefined && v !== r[f]) {
      r[f] = v;
      changed = true;
    }
  }
  if (!r.title && p.derivedTitle) {
    r.title = p.derivedTitle;
    changed = true;
  }
  return changed;
}

async function readTotals(db: CorpusDb): Promise<TotalsRow> {
  const t = await db.meta.get('totals');
  return t && t.id === 'totals' ? t : { id: 'totals', articles: 0, statements: 0, keys: 0 };
}

async function addToTotals(db: CorpusDb, totals: TotalsRow, articles: number, statements: number, keys: number, stamp: string): Promise<void> {
  await db.meta.put({
    id: 'totals', articles: totals.articles + articles, statements: totals.statements + statements, keys: totals.keys + keys, stamp,
  });
}


/**
 * One write transaction that may use the connection's postings cache: the
 * scope opens the cache once it has read the totals (their stamp says
 * whether the cache still holds), and what it wrote enters the cache when
 * the IndexedDB transaction commits (for a write nested in a larger one,
 * that is when the larger one commits), or is forgotten if it aborts.
 */
function cachedWrite<T>(db: CorpusDb, scope: (open: (totals: TotalsRow) => CacheView) => Promise<T>): Promise<T> {
  return db.write((tx) => scope((totals) => {
    const view = db.postingCache.open(totals.stamp);
    tx?.addEventListener('complete', () => db.postingCache.commit(view), { once: true });
    tx?.addEventListener('abort', () => db.postingCache.forget(), { once: true });
    return view;
  }));
}

/** What a candidate shows of its source article (kept in the statements row). */
export function sourceOf(row: ArticleRow): StatementsRow['source'] {
  const s: StatementsRow['source'] = { title: row.title, outlet: row.outlet, url: row.url, fingerprint: row.fingerprint };
  if (row.published) s.published = row.published;
  if (row.file) s.file = row.file;
  return s;
}

/** Queues removal of stored statements from the index; returns how many there were. */
function dropPostings(rows: StatementsRow[], changes: PostingChanges): number {
  let n = 0;
  for (const { id, statement } of statementsIn(rows)) {
    n++;
    for (const k of statement.keys) removePosting(changes, k, id);
  }
  return n;
}

/**
 * Writes a batch of analysed articles in ONE transaction: article rows, their
 * statements, the postings of their keys, the totals and (through
 * `inTransaction`) the caller's progress record. A killed worker leaves either
 * the whole batch or none of it. Duplicates (same URL, else same normalised
 * text) within the batch or against the store update one record.
 */
export function writeArticles(db: CorpusDb, items: PreparedArticle[], inTransaction?: InTransaction): Promise<AddResult[]> {
  return cachedWrite(db, async (open) => {
    const urls = [...new Set(items.map((p) => p.explicit.url).filter((u): u is string => !!u))];
    const hashes = [...new Set(items.map((p) => p.textHash))];
    // One parallel index get per value: anyOf walks a cursor, one JavaScript turn per
    // step, which stalls while the next batch is being analysed.
    const [totals, ...found] = await Promise.all([
      readTotals(db),
      ...urls.map((u) => db.articles.where('url').equals(u).toArray()),
      ...hashes.map((h) => db.articles.where('textHash').equals(h).toArray()),
    ]) as [TotalsRow, ...ArticleRow[][]];
    const cache = open(totals);
    const urlMap = new Map<string, Slot>();
    const hashMap = new Map<string, Slot>();
    const register = (slot: Slot) => {
      if (slot.row.url && !urlMap.has(slot.row.url)) urlMap.set(slot.row.url, slot);
      if (!hashMap.has(slot.row.textHash)) hashMap.set(slot.row.textHash, slot);
    };
    const seen = new Map<number, Slot>();
    for (const row of found.flat().sort((a, b) => a.id! - b.id!)) {
      if (!seen.has(row.id!)) seen.set(row.id!, { row, isNew: false, dirty: false });
    }
    for (const slot of seen.values()) register(slot);

    const outcome: { slot: Slot; status: AddResult['status'] }[] = [];
    for (const p of items) {
      const slot = (p.explicit.url && urlMap.get(p.explicit.url)) || hashMap.get(p.textHash);
      if (!slot) {
        const fresh: Slot = { row: newRow(p), isNew: true, dirty: true, statements: p.statements };
        register(fresh);
        outcome.push({ slot: fresh, status: 'added' });
        continue;
      }
      const changed = merge(slot, p);
      if (changed) slot.dirty = true;
      register(slot);
      outcome.push({ slot, status: changed ? 'updated' : 'unchanged' });
    }

    const slots = [...new Set(outcome.map((o) => o.slot))];
    for (const s of slots) if (s.dirty) s.row.words = articleSearchWords(s.row);
    const changes = emptyChanges();

    const created = slots.filter((s) => s.isNew);
    if (created.length) {
      const ids = await db.articles.bulkAdd(created.map((s) => s.row), { allKeys: true });
      created.forEach((s, i) => (s.row.id = ids[i]));
    }
    const updated = slots.filter((s) => !s.isNew && s.dirty);
    if (updated.length) await db.articles.bulkPut(updated.map((s) => s.row));

    // Existing articles: a text change re-indexes them, a metadata change rewrites the source in their statement rows.
    const old = updated.length ? await readStatementRows(db, updated.map((s) => s.row.id!)) : [];
    const removed = dropPostings(old.filter((_, i) => updated[i].statements).flat(), changes);
    if (updated.length) await deleteStatementRows(db, updated.map((s) => s.row.id!));
    const rows: StatementsRow[] = [];
    let added = 0;
    const write = (s: Slot, statements: StoredStatement[]) => {
      const written = statementRows(s.row.id!, sourceOf(s.row), statements);
      rows.push(...written);
      if (!s.statements) return;
      for (const { id, statement } of statementsIn(written)) {
        added++;
        for (const k of statement.keys) addPosting(changes, k, id);
      }
    };
    for (const s of created) write(s, s.statements!);
    updated.forEach((s, i) => write(s, s.statements ?? old[i].flatMap((r) => r.statements)));
    if (rows.length) await db.statements.bulkPut(rows);
    const keyDelta = await applyPostings(db, changes, cache);
    // Nothing new (a batch of articles already stored): the store, its totals' stamp included, stays as it was.
    if (created.length || updated.length) await addToTotals(db, totals, created.length, added - removed, keyDelta, cache.stamp);
    else cache.unchanged();

    const results = outcome.map((o) => ({ id: o.slot.row.id!, status: o.status }));
    if (inTransaction) await inTransaction(results);
    return results;
  });
}

/** Deletes articles with their statements and postings, in one transaction. Returns how many existed. */
export function deleteArticles(db: CorpusDb, ids: number[]): Promise<number> {
  return cachedWrite(db, async (open) => {
    const [totals, rows] = await Promise.all([readTotals(db), db.articles.bulkGet(ids)]);
    const cache = open(totals);
    const existing = rows.filter((r): r is ArticleRow => !!r).map((r) => r.id!);
    if (existing.length === 0) {
      cache.unchanged();
      return 0;
    }
    const changes = emptyChanges();
    const removed = dropPostings((await readStatementRows(db, existing)).flat(), changes);
    await deleteStatementRows(db, existing);
    await db.articles.bulkDelete(existing);
    const keyDelta = await applyPostings(db, changes, cache);
    await addToTotals(db, totals, -existing.length, -removed, keyDelta, cache.stamp);
    return existing.length;
  });
}
