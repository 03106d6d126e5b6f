import type { CandidateStatement } from '../engine/index.ts';
import type { CorpusDb } from './db.ts';
import { pageArticleIds, type PageIdentity } from './own-article.ts';
import type { PostingRow, StatementsRow } from './rows.ts';
import { articleOf, ordinalOf, rowKeyOf, STATEMENTS_PER_ROW } from './statement-ids.ts';

/** Keys carried by more statements than this are too common to find a story by (years, capitals, famous names). */
export const COMMON_KEY_CAP = 2000;
export const DEFAULT_CANDIDATES = 200;
/** Rescoring fetches at most this many first-pass statements per statement returned. */
export const RESCORE_FACTOR = 1.25;
/**
 * Weight of a statement's article in its rank: the other outlets of the
 * page's story share many of its keys across their sentences, an unrelated
 * article one or two.
 */
export const ARTICLE_WEIGHT = 0.5;
const MAX_QUERY_KEYS = 512;

export interface CandidateOptions {
  /** Statements of these articles are never returned. */
  excludeArticleIds?: number[];
  /** Nor those of the stored copies of this page (same URL or text), looked up alongside the keys. */
  excludePage?: PageIdentity;
  /** How many statements to return (default 200). */
  limit?: number;
  /** Most first-pass statements fetched for rescoring (default RESCORE_FACTOR × limit, never below `limit`). */
  pool?: number;
  /** Weight of the article's shared keys in a statement's rank (default ARTICLE_WEIGHT). */
  articleWeight?: number;
}

/** A candidate with the rarity-weighted score it was ordered by. */
export interface RankedCandidate extends CandidateStatement {
  sharedKeys: number;
  score: number;
}

/** The k-th largest of `values` (1-based), found in linear time; `values` is reordered. */
export function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target];
}

/** Index of the first element of the ascending `sorted` that is not below `x`. */
function lowerBound(sorted: Float64Array, x: number, length: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * First-pass scores of every statement the read postings name: its own
 * (the weights of the keys it carries) and its article's (each key the
 * article carries counted once), in typed arrays: a long page's postings
 * name tens of thousands of statements, and a Map entry per statement cost
 * more than all the rest of the lookup.
 */
function scoreStatements(byKey: Map<string, PostingRow[]>, weight: Map<string, number>, excluded: Set<number>, beta: number) {
  let total = 0;
  for (const rows of byKey.values()) for (const row of rows) total += row.ids.length;
  const all = new Float64Array(total);
  let at = 0;
  for (const rows of byKey.values()) for (const row of rows) for (const id of row.ids) if (!excluded.size || !excluded.has(articleOf(id))) all[at++] = id;
  const sorted = all.subarray(0, at).sort();
  let u = 0;
  for (let i = 0; i < at; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[u++] = sorted[i];
  const ids = sorted.slice(0, u);
  // Ids are article × 4096 + ordinal, so an article's statements sit together.
  const articleNo = new Int32Array(u);
  let articles = 0;
  for (let i = 0; i < u; i++) articleNo[i] = i > 0 && articleOf(ids[i]) === articleOf(ids[i - 1]) ? articleNo[i - 1] : articles++;
  const scores = new Float64Array(u);
  const articleScores = new Float64Array(articles);
  const lastKey = new Int32Array(articles);
  let keyNo = 0;
  for (const [key, rows] of byKey) {
    const w = weight.get(key)!;
    keyNo++;
    for (const row of rows) {
      for (const id of row.ids) {
        const i = lowerBound(ids, id, u);
        if (ids[i] !== id) continue;
        scores[i] += w;
        const a = articleNo[i];
        if (lastKey[a] === keyNo) continue;
        lastKey[a] = keyNo;
        articleScores[a] += w;
      }
    }
  }
  const ranks = new Float64Array(u);
  for (let i = 0; i < u; i++) ranks[i] = scores[i] + beta * articleScores[articleNo[i]];
  return { ids, ranks, scores };
}

/**
 * Statements that share claim keys with `keys`, best first.
 *
 * 1. Read the head row of each query key: its document frequency and newest ids.
 * 2. Keys over the common-key cap are dropped from the lookup; each other key
 *    weighs its rarity, idf = ln(1 + statements / df).
 * 3. Read only those keys' full chunks and add up weights per statement, and
 *    per article once per distinct key: a statement ranks by its own score
 *    plus articleWeight × its article's.
 * 4. Fetch the rows of the best statements (four statements of one article
 *    per row, with its source) — only as far down as rescoring could still
 *    lift one into the top `limit`, at most `pool` — rescore with every query
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
  const poolMax = Math.max(limit, Math.floor(opts.pool ?? Math.ceil(limit * RESCORE_FACTOR)));
  const beta = opts.articleWeight ?? ARTICLE_WEIGHT;
  const query = [...new Set(keys.filter((k) => typeof k === 'string' && k))].slice(0, MAX_QUERY_KEYS);
  if (limit === 0 || query.length === 0) return [];
  const common = db.commonKeys;

  return db.transaction('r', [db.meta, db.postings, db.statements, db.articles], async () => {
    // Keys known to be common need no head read while the store is unchanged
    // (common-keys.ts); the page's own copies are looked up at the same time.
    const knownDf = query.map((k) => common.get(k));
    const isKnownCommon = (i: number) => (knownDf[i] ?? 0) > cap;
    const toRead = query.filter((_, i) => !isKnownCommon(i));
    const [totals, read, own] = await Promise.all([
      db.meta.get('totals'),
      db.postings.bulkGet(toRead.map((k) => [k, 0] as [string, number])),
      opts.excludePage ? pageArticleIds(db, opts.excludePage) : Promise.resolve([] as number[]),
    ]);
    const stamp = totals && totals.id === 'totals' ? totals.stamp : undefined;
    const headOf = new Map<string, PostingRow>();
    for (const head of read) if (head) headOf.set(head.key, head);
    if (!common.sync(stamp)) {
      // The store changed since those keys were found common: read them after all.
      const skipped = query.filter((_, i) => isKnownCommon(i));
      if (skipped.length) for (const head of await db.postings.bulkGet(skipped.map((k) => [k, 0] as [string, number]))) if (head) headOf.set(head.key, head);
      knownDf.fill(undefined);
    }
    const excluded = new Set([...(opts.excludeArticleIds ?? []), ...own]);
    const n = Math.max(1, totals && totals.id === 'totals' ? totals.statements : 1);
    const weight = new Map<string, number>();
    const byKey = new Map<string, PostingRow[]>();
    const reads: [string, number][] = [];
    let bonus = 0;
    query.forEach((key, i) => {
      const head = headOf.get(key);
      const df = head?.df ?? knownDf[i];
      if (!df) return;
      const w = Math.log(1 + n / df);
      weight.set(key, w);
      if (df > cap) {
        common.set(key, df);
        bonus += w;
        return;
      }
      if (!head) return;
      byKey.set(key, [head]);
      for (let c = 1; c <= (head.full ?? 0); c++) reads.push([key, c]);
    });
    if (byKey.size === 0) return [];
    for (const row of reads.length ? await db.postings.bulkGet(reads) : []) if (row) byKey.get(row.key)!.push(row);

    const { ids, ranks, scores } = scoreStatements(byKey, weight, excluded, beta);

    // Rescoring can only add the weights of the dropped common keys, so a
    // statement ranked further down than (limit-th rank - their sum) can never
    // make the top `limit`: fetch only down to there, at most `pool`. Only the
    // best `pool` are sorted (a long page's keys reach tens of thousands).
    const lowest = ids.length > poolMax ? kthLargest(ranks.slice(), poolMax) : -Infinity;
    // [id, rank, the part of the rank its article gives]
    const top: [number, number, number][] = [];
    for (let i = 0; i < ids.length; i++) if (ranks[i] >= lowest) top.push([ids[i], ranks[i], ranks[i] - scores[i]]);
    top.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const floor = ids.length > limit ? top[limit - 1][1] - bonus : -Infinity;
    let size = Math.min(limit, top.length);
    while (size < top.length && size < poolMax && top[size][1] >= floor) size++;
    const pool = top.slice(0, size);
    const rowKeys = new Map<string, [number, number]>();
    for (const [id] of pool) {
      const key = rowKeyOf(id);
      rowKeys.set(key.join(':'), key);
    }
    const byRow = new Map<string, StatementsRow>();
    for (const row of await db.statements.bulkGet([...rowKeys.values()])) if (row) byRow.set(`${row.articleId}:${row.group}`, row);

    const out: RankedCandidate[] = [];
    for (const [id, , fromArticle] of pool) {
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
        article: { id: row.articleId, ...row.source }, sharedKeys: shared, score: total + fromArticle,
      });
    }
    out.sort((x, y) => y.score - x.score || y.sharedKeys - x.sharedKeys || x.id - y.id);
    return out.slice(0, limit);
  });
}
