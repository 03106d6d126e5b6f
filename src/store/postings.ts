import type { CorpusDb } from './db.ts';
import type { CacheTxn } from './posting-cache.ts';
import type { PostingRow } from './rows.ts';

/** Ids per full chunk: large enough that a lookup reads few rows, small enough that a head rewrite stays cheap. */
export const CHUNK_SIZE = 512;

/** Changes to the key index collected over one batch: key → statement ids. */
export interface PostingChanges {
  add: Map<string, number[]>;
  remove: Map<string, Set<number>>;
}

export function emptyChanges(): PostingChanges {
  return { add: new Map(), remove: new Map() };
}

export function addPosting(changes: PostingChanges, key: string, id: number): void {
  const list = changes.add.get(key);
  if (list) list.push(id);
  else changes.add.set(key, [id]);
}

export function removePosting(changes: PostingChanges, key: string, id: number): void {
  const set = changes.remove.get(key);
  if (set) set.add(id);
  else changes.remove.set(key, new Set([id]));
}

/** Splits a key's ids into full chunks 1..n and a head holding the rest. */
function pack(key: string, ids: number[], firstFull: number, put: PostingRow[]): { full: number; tail: number[] } {
  let full = firstFull;
  let at = 0;
  for (; ids.length - at >= CHUNK_SIZE; at += CHUNK_SIZE) put.push({ key, chunk: ++full, ids: Float64Array.from(ids.slice(at, at + CHUNK_SIZE)) });
  return { full, tail: ids.slice(at) };
}

/**
 * Applies one batch's changes inside the caller's transaction: each touched
 * key's head is read once (unless `cache` knows it) and written once.
 * - A key that only gains ids appends to its tail, moving a full tail out to
 *   a new chunk. (Ids are ascending except where a re-indexed older article
 *   appended its ids; order never matters to a lookup.)
 * - A key that loses ids (a deleted or re-indexed article) is read whole,
 *   filtered and repacked, so no dead id is ever left behind.
 * Returns the change in the number of distinct keys.
 */
export async function applyPostings(db: CorpusDb, changes: PostingChanges, cache?: CacheTxn): Promise<number> {
  const keys = [...new Set([...changes.add.keys(), ...changes.remove.keys()])];
  if (keys.length === 0) return 0;
  const heads: (PostingRow | undefined)[] = new Array(keys.length);
  const unknown: number[] = [];
  keys.forEach((key, i) => {
    const known = cache?.get(key);
    if (known === undefined) unknown.push(i);
    else heads[i] = known ?? undefined;
  });
  const read = unknown.length ? await db.postings.bulkGet(unknown.map((i) => [keys[i], 0] as [string, number])) : [];
  unknown.forEach((i, at) => (heads[i] = read[at]));
  const reads: [string, number][] = [];
  keys.forEach((key, i) => {
    if (!changes.remove.has(key)) return;
    for (let c = 1; c <= (heads[i]?.full ?? 0); c++) reads.push([key, c]);
  });
  const chunks = new Map<string, PostingRow[]>();
  for (const row of reads.length ? await db.postings.bulkGet(reads) : []) {
    if (!row) continue;
    const list = chunks.get(row.key);
    if (list) list.push(row);
    else chunks.set(row.key, [row]);
  }

  const put: PostingRow[] = [];
  const drop: [string, number][] = [];
  let keyDelta = 0;
  keys.forEach((key, i) => {
    const head = heads[i];
    const added = changes.add.get(key) ?? [];
    const removed = changes.remove.get(key);
    const oldFull = head?.full ?? 0;
    let packed: { full: number; tail: number[] };
    if (removed) {
      const kept: number[] = [];
      for (const row of (chunks.get(key) ?? []).sort((a, b) => a.chunk - b.chunk)) for (const id of row.ids) if (!removed.has(id)) kept.push(id);
      if (head) for (const id of head.ids) if (!removed.has(id)) kept.push(id);
      for (const id of added) kept.push(id);
      kept.sort((a, b) => a - b);
      packed = pack(key, kept, 0, put);
      for (let c = packed.full + 1; c <= oldFull; c++) drop.push([key, c]);
    } else {
      const tail = head ? Array.from(head.ids) : [];
      for (const id of added) tail.push(id);
      packed = pack(key, tail, oldFull, put);
    }
    const df = packed.full * CHUNK_SIZE + packed.tail.length;
    if (df === 0) {
      if (head) {
        drop.push([key, 0]);
        keyDelta--;
      }
      cache?.set(key, null);
      return;
    }
    if (!head) keyDelta++;
    const next: PostingRow = { key, chunk: 0, ids: Float64Array.from(packed.tail), df, full: packed.full };
    put.push(next);
    cache?.set(key, next);
  });
  if (drop.length) await db.postings.bulkDelete(drop);
  if (put.length) await db.postings.bulkPut(put);
  return keyDelta;
}
