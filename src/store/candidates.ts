import type { CandidateStatement, SourceArticle } from '../engine/index.ts';
import type { CorpusDb } from './db.ts';
import type { ArticleRow } from './rows.ts';

/** Keys carried by more statements than this are too common to find a story by (years, capitals, famous names). */
export const COMMON_KEY_CAP = 2000;
export const DEFAULT_CANDIDATES = 200;
/** How many of the best first-pass statements are fetched and rescored with every key. */
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

export function sourceArticle(a: ArticleRow): SourceArticle {
  const s: SourceArticle = { id: a.id!, title: a.title, outlet: a.outlet, url: a.url, fingerprint: a.fingerprint };
  if (a.published) s.published = a.published;
  if (a.file) s.file = a.file;
  return s;
}

/**
 * Statements that share claim keys with `keys`, best first.
 *
 * 1. Read the key stats of the query keys (one row each).
 * 2. Keys over the common-key cap are dropped from the lookup; each other key
 *    weighs its rarity, idf = ln(1 + statements / df).
 * 3. Read only those keys' postings chunks and add up weights per statement.
 * 4. Fetch the best RESCORE_POOL statements and their articles, rescore with
 *    every query key the statement carries (common ones add their small
 *    weight), and return the top `limit`.
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

  return db.transaction('r', [db.meta, db.keyStats, db.postings, db.statements, db.articles], async () => {
    const [totals, stats] = await Promise.all([db.meta.get('totals'), db.keyStats.bulkGet(query)]);
    const n = Math.max(1, totals && totals.id === 'totals' ? totals.statements : 1);
    const weight = new Map<string, number>();
    const reads: [string, number][] = [];
    stats.forEach((st, i) => {
      if (!st || st.df <= 0) return;
      weight.set(st.key, Math.log(1 + n / st.df));
      if (st.df > cap) return;
      for (let c = 0; c < st.chunks; c++) reads.push([query[i], c]);
    });
    if (reads.length === 0) return [];

    const excluded = new Set<number>(
      opts.excludeArticleIds?.length ? await db.statements.where('articleId').anyOf(opts.excludeArticleIds).primaryKeys() : [],
    );
    const chunks = await db.postings.bulkGet(reads);
    const score = new Map<number, number>();
    for (const row of chunks) {
      if (!row) continue;
      const w = weight.get(row.key)!;
      for (const id of row.ids) {
        if (excluded.has(id)) continue;
        score.set(id, (score.get(id) ?? 0) + w);
      }
    }
    const pool = [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, Math.max(limit, RESCORE_POOL));
    const statements = (await db.statements.bulkGet(pool.map(([id]) => id))).filter((s) => !!s);
    const articleIds = [...new Set(statements.map((s) => s.articleId))];
    const articles = new Map<number, ArticleRow>();
    for (const a of await db.articles.bulkGet(articleIds)) if (a) articles.set(a.id!, a);

    const out: RankedCandidate[] = [];
    for (const s of statements) {
      const a = articles.get(s.articleId);
      if (!a) continue;
      let shared = 0;
      let total = 0;
      for (const k of s.keys) {
        const w = weight.get(k);
        if (w === undefined) continue;
        shared++;
        total += w;
      }
      out.push({
        id: s.id!, articleId: s.articleId, text: s.text, start: s.start, claims: s.claims,
        article: sourceArticle(a), sharedKeys: shared, score: total,
      });
    }
    out.sort((x, y) => y.score - x.score || y.sharedKeys - x.sharedKeys || x.id - y.id);
    return out.slice(0, limit);
  });
}
