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

/** Query keys a lookup may score by: a (statement, key) pair is packed as statement id × KEY_SLOTS + key number. */
const KEY_SLOTS = 1024;

/**
 * Buffers kept from one lookup to the next: a lookup reads its scores
 * before it next awaits, and fresh arrays of every lookup's tens of
 * thousands of postings were most of its garbage.
 */
const buffers = {
  pairs: new Float64Array(1024),
  ids: new Float64Array(1024),
  scores: new Float64Array(1024),
  ranks: new Float64Array(1024),
  rankCopy: new Float64Array(1024),
  articleOf: new Int32Array(1024),
  articleScores: new Float64Array(1024),
};

function room<T extends Float64Array | Int32Array>(buf: T, n: number, make: (size: number) => T): T {
  return buf.length >= n ? buf : make(Math.max(n, buf.length * 2));
}

/**
 * First-pass scores of every statement the read postings name: its own
 * (the weights of the keys it carries) and its article's (each key the
 * article carries counted once). One sort of (statement, key) pairs packed
 * into numbers and one pass over them: a long page's postings name tens of
 * thousands of statements, and a Map entry (or a binary search) per posting
 * cost more than all the rest of the lookup. Weights are added in key order,
 * as a statement's keys come out of the sort.
 */
function scoreStatements(byKey: Map<string, PostingRow[]>, weight: Map<string, number>, excluded: Set<number>, beta: number) {
  const weights: number[] = [];
  let total = 0;
  for (const [key, rows] of byKey) {
    weights.push(weight.get(key)!);
    for (const row of rows) total += row.ids.length;
  }
  const pairs = (buffers.pairs = room(buffers.pairs, total, (n) => new Float64Array(n)));
  let at = 0;
  let keyNo = 0;
  for (const rows of byKey.values()) {
    // Indexed loops: an iterator over a typed array allocates a result per id until the code is optimised.
    for (const row of rows) {
      const list = row.ids;
      for (let j = 0; j < list.length; j++) {
        const id = list[j];
        if (!excluded.size || !excluded.has(articleOf(id))) pairs[at++] = id * KEY_SLOTS + keyNo;
      }
    }
    keyNo++;
  }
  const sorted = pairs.subarray(0, at).sort();
  // Statements, in id order; an article's statements sit together (ids are article × 4096 + ordinal).
  const ids = (buffers.ids = room(buffers.ids, at, (n) => new Float64Array(n)));
  const scores = (buffers.scores = room(buffers.scores, at, (n) => new Float64Array(n)));
  scores.fill(0, 0, at);
  const articleOfStatement = (buffers.articleOf = room(buffers.articleOf, at, (n) => new Int32Array(n)));
  const articleScores = (buffers.articleScores = room(buffers.articleScores, at, (n) => new Float64Array(n)));
  let articles = 0;
  const seenIn = new Int32Array(weights.length).fill(-1);
  // The keys of the current article, kept in key order (an article carries a few).
  const articleKeys = new Int32Array(weights.length);
  let articleKeyCount = 0;
  let u = -1;
  let lastId = -1;
  let lastArticle = -1;
  const closeArticle = () => {
    if (lastArticle < 0) return;
    let sum = 0;
    for (let j = 0; j < articleKeyCount; j++) sum += weights[articleKeys[j]];
    articleScores[articles++] = sum;
    articleKeyCount = 0;
  };
  for (let i = 0; i < at; i++) {
    const pair = sorted[i];
    const id = Math.floor(pair / KEY_SLOTS);
    const k = pair - id * KEY_SLOTS;
    if (id !== lastId) {
      const article = articleOf(id);
      if (article !== lastArticle) {
        closeArticle();
        lastArticle = article;
      }
      ids[++u] = id;
      articleOfStatement[u] = articles;
      lastId = id;
    } else if (k === sorted[i - 1] - id * KEY_SLOTS) {
      continue; // the same key twice for one statement (a re-indexed article's ids)
    }
    scores[u] += weights[k];
    if (seenIn[k] !== articles) {
      seenIn[k] = articles;
      let j = articleKeyCount++;
      for (; j > 0 && articleKeys[j - 1] > k; j--) articleKeys[j] = articleKeys[j - 1];
      articleKeys[j] = k;
    }
  }
  closeArticle();
  const n = u + 1;
  const ranks = (buffers.ranks = room(buffers.ranks, n, (size) => new Float64Array(size))).subarray(0, n);
  for (let i = 0; i < n; i++) ranks[i] = scores[i] + beta * articleScores[articleOfStatement[i]];
  return { ids: ids.subarray(0, n), ranks, scores: scores.subarray(0, n) };
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
    let lowest = -Infinity;
    if (ids.length > poolMax) {
      const copy = (buffers.rankCopy = room(buffers.rankCopy, ranks.length, (size) => new Float64Array(size))).subarray(0, ranks.length);
      copy.set(ranks);
      lowest = kthLargest(copy, poolMax);
    }
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
