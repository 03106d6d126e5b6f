import type { CandidateStatement } from '../engine/index.ts';
import type { CorpusDb } from './db.ts';
import type { PostingRow, StatementsRow } from './rows.ts';
import { articleOf, ordinalOf, rowKeyOf, STATEMENTS_PER_ROW } from './statement-ids.ts';

/** Keys carried by more statements than this are too common to find a story by (years, capitals, famous names). */
export const COMMON_KEY_CAP = 2000;
export const DEFAULT_CANDIDATES = 200;
/** At most this many of the best first-pass statements are fetched and rescored with every key. */
export const RESCORE_POOL = 200;
const MAX_QUERY_KEYS = 512;

export interface CandidateOptions {
  /** Statements of these articles are never returned (the page's own article). */
  excludeArticleIds?: number[];
  /** How many statements to return (default 200). */
  limit?: number;
}

/** A candidate with the rarity-weighted score it was ordered by. */
export interface RankedCandidate extends CandidateStatement {
  sharedKeys: number;
  score: number;
}

/**
 * Statements that share claim keys with `keys`, best first.
 *
 * 1. Read the head row of each query key: its document frequency and newest ids.
 * 2. Keys over the common-key cap are dropped from the lookup; each other key
 *    weighs its rarity, idf = ln(1 + statements / df).
 * 3. Read only those keys' full chunks and add up weights per statement.
 * 4. Fetch the rows of the best statements (four statements of one article
 *    per row, with its source) — only as far down as rescoring could still lift one
 *    into the top `limit`, at most RESCORE_POOL — rescore with every query
 *    key the statement carries (common ones add their smaller weight), and
 *    return the top `limit`.
 */
export async function findCandidates(
  db: CorpusDb,
  keys: string[],
  opts: CandidateOptions & { commonKeyCap?: number } = {},
): Promise<RankedCandidate[]> {
  const limit = Math.max(0, Math.floor(opts.limit ?? DEFAULT_CANDIDATES));
  const cap = opts.commonKeyCap ?? COMMON_KEY_CAP;
  const query = [...new Set(keys.filter((k) => typeof k === 'string' && k))].slice(0, MAX_QUERY_KEYS);
  if (limit === 0 || query.length === 0) return [];
  const excluded = new Set(opts.excludeArticleIds ?? []);

  return db.transaction('r', [db.meta, db.postings, db.statements], async () => {
    const [totals, heads] = await Promise.all([db.meta.get('totals'), db.postings.bulkGet(query.map((k) => [k, 0] as [string, number]))]);
    const n = Math.max(1, totals && totals.id === 'totals' ? totals.statements : 1);
    const weight = new Map<string, number>();
    const rows: PostingRow[] = [];
    const reads: [string, number][] = [];
    for (const head of heads) {
      if (!head?.df) continue;
      weight.set(head.key, Math.log(1 + n / head.df));
      if (head.df > cap) continue;
      rows.push(head);
      for (let c = 1; c <= (head.full ?? 0); c++) reads.push([head.key, c]);
    }
    if (rows.length === 0) return [];
    for (const row of reads.length ? await db.postings.bulkGet(reads) : []) if (row) rows.push(row);

    const score = new Map<number, number>();
    for (const row of rows) {
      const w = weight.get(row.key)!;
      for (const id of row.ids) {
        if (excluded.size && excluded.has(articleOf(id))) continue;
        score.set(id, (score.get(id) ?? 0) + w);
      }
    }
    // Rescoring can only add the weights of the dropped common keys, so a
    // statement further down than (limit-th score - their sum) can never make
    // the top `limit`: fetch only down to there, at most RESCORE_POOL.
    let bonus = 0;
    for (const head of heads) if (head?.df && head.df > cap) bonus += weight.get(head.key)!;
    const ranked = [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const floor = ranked.length > limit ? ranked[limit - 1][1] - bonus : -Infinity;
    let size = Math.min(limit, ranked.length);
    while (size < ranked.length && size < Math.max(limit, RESCORE_POOL) && ranked[size][1] >= floor) size++;
    const pool = ranked.slice(0, size);
    const rowKeys = new Map<string, [number, number]>();
    for (const [id] of pool) {
      const key = rowKeyOf(id);
      rowKeys.set(key.join(':'), key);
    }
    const byRow = new Map<string, StatementsRow>();
    for (const row of await db.statements.bulkGet([...rowKeys.values()])) if (row) byRow.set(`${row.articleId}:${row.group}`, row);

    const out: RankedCandidate[] = [];
    for (const [id] of pool) {
      const row = byRow.get(rowKeyOf(id).join(':'));
      const s = row?.statements[ordinalOf(id) % STATEMENTS_PER_ROW];
      if (!row || !s) continue;
      let shared = 0;
      let total = 0;
      for (const k of s.keys) {
        const w = weight.get(k);
        if (w === undefined) continue;
        shared++;
        total += w;
      }
      out.push({
        id, articleId: row.articleId, text: s.text, start: s.start, claims: s.claims, keys: s.keys,
        article: { id: row.articleId, ...row.source }, sharedKeys: shared, score: total,
      });
    }
    out.sort((x, y) => y.score - x.score || y.sharedKeys - x.sharedKeys || x.id - y.id);
    return out.slice(0, limit);
  });
}
