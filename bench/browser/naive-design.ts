/**
 * The naive design, as the baseline: one row per statement and one
 * multiEntry index of its claim keys, queried with `anyOf(keys)`. Scoring is
 * Isnad's (rarity-weighted shared keys, document frequencies counted from
 * the index answer itself), so only the layout differs.
 */
import { Dexie, type Table } from 'dexie';
import type { CandidateStatement, SourceArticle } from '../../src/engine/index.ts';
import type { ArticleRecordRow, Records } from './records.ts';

interface StatementRow {
  id?: number;
  articleId: number;
  start: number;
  text: string;
  claims: CandidateStatement['claims'];
  keys: string[];
}

class NaiveDb extends Dexie {
  statements!: Table<StatementRow, number>;
  articles!: Table<SourceArticle, number>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ statements: '++id, *keys', articles: 'id' });
  }
}

export class NaiveDesign {
  private readonly db: NaiveDb;
  private total = 0;

  constructor(name = 'isnad-bench-naive') {
    this.db = new NaiveDb(name);
  }

  /** Writes every record not yet written (articles above `fromArticleId`), 250 articles a transaction. */
  async load(records: Records, fromArticleId = -Infinity): Promise<{ ms: number; statements: number }> {
    const t0 = performance.now();
    let batch: ArticleRecordRow[] = [];
    const flush = async () => {
      const rows = batch;
      batch = [];
      await this.db.transaction('rw', this.db.statements, this.db.articles, async () => {
        await this.db.articles.bulkPut(rows.map((r) => r.source));
        await this.db.statements.bulkAdd(rows.flatMap((r) => r.statements.map((s) => ({ articleId: r.id, start: s.start, text: s.text, claims: s.claims, keys: s.keys }))));
      });
    };
    const rows: ArticleRecordRow[] = [];
    await records.forEach((_ref, _keys, row) => {
      if (row.id > fromArticleId && rows[rows.length - 1] !== row) rows.push(row);
    });
    for (const row of rows) {
      batch.push(row);
      if (batch.length === 250) await flush();
    }
    if (batch.length) await flush();
    this.total = await this.db.statements.count();
    return { ms: performance.now() - t0, statements: this.total };
  }

  async candidates(keys: string[], limit: number): Promise<CandidateStatement[]> {
    return this.db.transaction('r', this.db.statements, this.db.articles, async () => {
      const hitKeys: string[] = [];
      const hitIds: number[] = [];
      await this.db.statements.where('keys').anyOf(keys).eachKey((key, cursor) => {
        hitKeys.push(key as string);
        hitIds.push(cursor.primaryKey as number);
      });
      const df = new Map<string, number>();
      for (const k of hitKeys) df.set(k, (df.get(k) ?? 0) + 1);
      const score = new Map<number, number>();
      for (let i = 0; i < hitIds.length; i++) {
        const w = Math.log(1 + this.total / df.get(hitKeys[i])!);
        score.set(hitIds[i], (score.get(hitIds[i]) ?? 0) + w);
      }
      const top = [...score].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, limit);
      const rows = await this.db.statements.bulkGet(top.map(([id]) => id));
      const articles = new Map<number, SourceArticle>();
      const articleIds = [...new Set(rows.map((r) => r!.articleId))];
      (await this.db.articles.bulkGet(articleIds)).forEach((a) => a && articles.set(a.id, a));
      return rows.filter((r) => !!r).map((r) => ({
        id: r.id!, articleId: r.articleId, text: r.text, start: r.start, claims: r.claims, article: articles.get(r.articleId)!,
      }));
    });
  }

  async destroy(): Promise<void> {
    this.db.close();
    await Dexie.delete(this.db.name);
  }
}
