/**
 * The statements of the corpus as the alternatives see them, in an IndexedDB
 * database of the benchmark's own: one row per article with its source and
 * indexed statements, copied from Isnad's store through its public API
 * (getStatements, getArticle), so every design searches exactly the same
 * statements under exactly the same keys. The in-memory libraries keep only
 * their index in memory and read the winning statements from here, one
 * transaction per query, as a real extension would.
 */
import { Dexie, type Table } from 'dexie';
import type { CandidateStatement, Claim, SourceArticle } from '../../src/engine/index.ts';
import type { Corpus } from '../../src/store/corpus.ts';

export interface RecordStatement {
  index: number;
  start: number;
  text: string;
  claims: Claim[];
  keys: string[];
}

export interface ArticleRecordRow {
  id: number;
  source: SourceArticle;
  statements: RecordStatement[];
}

/** A statement reference: article id and sentence index in one number. */
export const REF_SPAN = 4096;
export const refOf = (articleId: number, index: number) => articleId * REF_SPAN + index;

class RecordsDb extends Dexie {
  articles!: Table<ArticleRecordRow, number>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ articles: 'id' });
  }
}

export class Records {
  private readonly db: RecordsDb;
  statements = 0;

  constructor(name = 'isnad-bench-records') {
    this.db = new RecordsDb(name);
  }

  /** Copies the given articles from Isnad's store (reads run 64 at a time). */
  async copyFrom(corpus: Corpus, articleIds: number[]): Promise<void> {
    for (let at = 0; at < articleIds.length; at += 512) {
      const ids = articleIds.slice(at, at + 512);
      const rows: ArticleRecordRow[] = [];
      for (let i = 0; i < ids.length; i += 64) {
        rows.push(...await Promise.all(ids.slice(i, i + 64).map(async (id) => {
          const [a, statements] = await Promise.all([corpus.getArticle(id), corpus.getStatements(id)]);
          if (!a) throw new Error(`article ${id} is not in the store`);
          const source: SourceArticle = { id, title: a.title, outlet: a.outlet, url: a.url, fingerprint: a.fingerprint };
          return { id, source, statements: statements.map((s) => ({ index: s.index, start: s.start, text: s.text, claims: s.claims, keys: s.keys })) };
        })));
      }
      for (const r of rows) this.statements += r.statements.length;
      await this.db.articles.bulkPut(rows);
    }
  }

  /** Every statement's reference and keys, article by article, in pages of 1,000 rows. */
  async forEach(visit: (ref: number, keys: string[], row: ArticleRecordRow, s: RecordStatement) => void): Promise<void> {
    let last = -Infinity;
    for (;;) {
      const page = await this.db.articles.where(':id').above(last).limit(1000).toArray();
      if (page.length === 0) return;
      for (const row of page) for (const s of row.statements) visit(refOf(row.id, s.index), s.keys, row, s);
      last = page[page.length - 1].id;
    }
  }

  /** The statements behind `refs`, in the order given, read in one transaction. */
  async fetch(refs: number[]): Promise<CandidateStatement[]> {
    const articleIds = [...new Set(refs.map((r) => Math.floor(r / REF_SPAN)))];
    const rows = await this.db.articles.bulkGet(articleIds);
    const byId = new Map<number, ArticleRecordRow>();
    for (const r of rows) if (r) byId.set(r.id, r);
    const out: CandidateStatement[] = [];
    for (const ref of refs) {
      const row = byId.get(Math.floor(ref / REF_SPAN));
      const s = row?.statements.find((x) => x.index === ref % REF_SPAN);
      if (row && s) out.push({ id: ref, articleId: row.id, text: s.text, start: s.start, claims: s.claims, article: row.source });
    }
    return out;
  }

  async destroy(): Promise<void> {
    this.db.close();
    await Dexie.delete(this.db.name);
  }
}
