import type { CorpusDb } from './db.ts';
import type { KeyStat, PostingChunk } from './rows.ts';

/** Ids per postings row: small enough that appending rewrites little, large enough that a lookup reads few rows. */
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

/** Packs ids into rows of CHUNK_SIZE starting at chunk `from`. */
function pack(key: string, ids: number[], from: number, out: PostingChunk[]): number {
  let chunk = from;
  for (let at = 0; at < ids.length; at += CHUNK_SIZE, chunk++) {
    out.push({ key, chunk, ids: Uint32Array.from(ids.slice(at, at + CHUNK_SIZE)) });
  }
  return chunk;
}

/**
 * Applies one batch's changes inside the caller's transaction, reading and
 * writing each touched chunk once:
 * - a key that only gains ids rewrites its last chunk and adds new ones
 *   (new statement ids are always the largest, so chunks stay ascending);
 * - a key that loses ids (a deleted or re-indexed article) is read whole,
 *   filtered and repacked, so no dead id is ever left behind.
 */
export async function applyPostings(db: CorpusDb, changes: PostingChanges): Promise<void> {
  const keys = [...new Set([...changes.add.keys(), ...changes.remove.keys()])];
  if (keys.length === 0) return;
  const stats = await db.keyStats.bulkGet(keys);
  const reads: [string, number][] = [];
  keys.forEach((key, i) => {
    const n = stats[i]?.chunks ?? 0;
    if (changes.remove.has(key)) for (let c = 0; c < n; c++) reads.push([key, c]);
    else if (n > 0) reads.push([key, n - 1]);
  });
  const rows = reads.length ? await db.postings.bulkGet(reads) : [];
  const byKey = new Map<string, PostingChunk[]>();
  for (const row of rows) {
    if (!row) continue;
    const list = byKey.get(row.key);
    if (list) list.push(row);
    else byKey.set(row.key, [row]);
  }

  const put: PostingChunk[] = [];
  const drop: [string, number][] = [];
  const putStats: KeyStat[] = [];
  const dropStats: string[] = [];
  keys.forEach((key, i) => {
    const stat = stats[i];
    const oldChunks = stat?.chunks ?? 0;
    const added = changes.add.get(key) ?? [];
    const removed = changes.remove.get(key);
    const existing = (byKey.get(key) ?? []).sort((a, b) => a.chunk - b.chunk);
    let chunks: number;
    let df: number;
    if (removed) {
      const kept: number[] = [];
      for (const row of existing) for (const id of row.ids) if (!removed.has(id)) kept.push(id);
      for (const id of added) kept.push(id);
      chunks = pack(key, kept, 0, put);
      df = kept.length;
    } else {
      const last = existing.length ? existing[existing.length - 1] : undefined;
      const tail: number[] = last ? Array.from(last.ids) : [];
      for (const id of added) tail.push(id);
      chunks = pack(key, tail, last ? last.chunk : 0, put);
      df = (stat?.df ?? 0) + added.length;
    }
    for (let c = chunks; c < oldChunks; c++) drop.push([key, c]);
    if (df === 0) dropStats.push(key);
    else putStats.push({ key, df, chunks });
  });
  if (drop.length) await db.postings.bulkDelete(drop);
  if (put.length) await db.postings.bulkPut(put);
  if (dropStats.length) await db.keyStats.bulkDelete(dropStats);
  if (putStats.length) await db.keyStats.bulkPut(putStats);
}
