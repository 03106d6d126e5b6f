/**
 * Isnad's corpus store: the reader's articles, their statements and a packed
 * index of claim keys, in IndexedDB through dexie. The same code runs in the
 * extension and in Node (dexie on fake-indexeddb). This module is the store's
 * public API; docs/corpus-format.md documents the import/export format.
 */
import { findCandidates, type CandidateOptions, type RankedCandidate } from './candidates.ts';
import { CorpusDb, DEFAULT_DB_NAME } from './db.ts';
import type { ParseHtml } from './html-article.ts';
import { mapCooperatively } from './cooperative.ts';
import { deleteArticles, WRITE_BATCH, writeArticles } from './ingest.ts';
import { exportJsonl } from './jsonl/export.ts';
import { importJsonl, type ImportOptions, type JsonlInput } from './jsonl/import.ts';
import { pageArticleIds, type PageIdentity } from './own-article.ts';
import { prepareArticle, type PreparedArticle } from './prepare.ts';
import { publicArticle, summaryOf, type ArticleSummary } from './public-records.ts';
import type { OperationRow } from './rows.ts';
import { SCHEMA_VERSION } from './schema.ts';
import { searchWords } from './search-words.ts';
import { readStatementRows, statementsIn } from './statement-rows.ts';
import type { AddResult, ArticleInput, ArticleRecord, ImportReport, Origin, StatementRecord } from './types.ts';

export type { RankedCandidate, CandidateOptions } from './candidates.ts';
export type { ArticleSummary } from './public-records.ts';
export type { ParseHtml } from './html-article.ts';
export type { ImportOptions, ImportProgress, JsonlInput } from './jsonl/import.ts';
export type { OperationRow } from './rows.ts';
export type * from './types.ts';

export interface OpenOptions {
  /** Database name (default 'isnad-corpus'). */
  name?: string;
  /** IndexedDB implementation, e.g. fake-indexeddb's in Node. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Turns HTML into a Document for `addArticle({ html })`: DOMParser in a page, linkedom in Node. */
  parseHtml?: ParseHtml;
  /** Written on first open of a new database (origin 'seed'); never again once the user has a corpus. */
  seeds?: SeedArticle[];
  /** Keys in more statements than this are left out of candidate lookup (default 2000). */
  commonKeyCap?: number;
}

export interface SeedArticle {
  file: string;
  text: string;
}

export interface ListOptions {
  /** Words to find in title, outlet or URL (folded, prefix match, all words must match). */
  query?: string;
  offset?: number;
  limit?: number;
}

export interface CorpusStats {
  articles: number;
  statements: number;
  /** Distinct claim keys in the index. */
  keys: number;
  byOrigin: Record<Origin, number>;
  schemaVersion: number;
}

function defaultParseHtml(): ParseHtml | undefined {
  const P = (globalThis as { DOMParser?: typeof DOMParser }).DOMParser;
  return P ? (html) => new P().parseFromString(html, 'text/html') : undefined;
}

export class Corpus {
  private constructor(
    private readonly db: CorpusDb,
    private readonly parseHtml: ParseHtml | undefined,
    private readonly commonKeyCap: number | undefined,
  ) {}

  /** Opens (creating or upgrading) the corpus database; a new database gets `seeds`. */
  static async open(opts: OpenOptions = {}): Promise<Corpus> {
    const db = new CorpusDb(opts.name ?? DEFAULT_DB_NAME, { indexedDB: opts.indexedDB, IDBKeyRange: opts.IDBKeyRange });
    await db.open();
    const corpus = new Corpus(db, opts.parseHtml ?? defaultParseHtml(), opts.commonKeyCap);
    if (opts.seeds && !(await db.meta.get('seeded'))) {
      if ((await db.articles.count()) === 0) await corpus.resetToSeeds(opts.seeds);
      else await db.meta.put({ id: 'seeded', at: Date.now() });
    }
    return corpus;
  }

  private prepare = (input: ArticleInput): PreparedArticle => prepareArticle(input, this.parseHtml);

  /** Adds one article from text or HTML; the same URL or the same normalised text updates the existing record. */
  async addArticle(input: ArticleInput): Promise<AddResult> {
    const [result] = await writeArticles(this.db, [this.prepare(input)]);
    return result;
  }

  /**
   * Adds many articles, one transaction per batch of 500. Results are in input
   * order. An input that cannot be analysed (no text, a bad URL) throws before
   * its batch is written; earlier batches stay written.
   */
  async addArticles(inputs: ArticleInput[], opts: { onProgress?: (done: number) => void } = {}): Promise<AddResult[]> {
    const out: AddResult[] = [];
    // One write in flight while the next batch is analysed.
    let inFlight: Promise<void> = Promise.resolve();
    for (let at = 0; at < inputs.length; at += WRITE_BATCH) {
      let prepared: PreparedArticle[];
      try {
        prepared = await mapCooperatively(inputs.slice(at, at + WRITE_BATCH), (input, i) => {
          try {
            return this.prepare(input);
          } catch (e) {
            throw new Error(`article ${at + i}${input.file ? ` (${input.file})` : ''}: ${(e as Error).message}`);
          }
        });
      } catch (e) {
        await inFlight;
        throw e;
      }
      await inFlight;
      inFlight = writeArticles(this.db, prepared).then((results) => {
        out.push(...results);
        opts.onProgress?.(out.length);
      });
      inFlight.catch(() => {});
    }
    await inFlight;
    return out;
  }

  /** Stored statements sharing `keys`, ranked by rarity-weighted shared keys (see candidates.ts). */
  candidates(keys: string[], opts: CandidateOptions = {}): Promise<RankedCandidate[]> {
    return findCandidates(this.db, keys, { ...opts, commonKeyCap: this.commonKeyCap });
  }

  /**
   * Ids of stored articles that are the given page: the same URL (fragment
   * ignored) or the same normalised text. Used to keep a page from being its
   * own source.
   */
  findArticleIds(page: PageIdentity): Promise<number[]> {
    return this.db.transaction('r', this.db.articles, () => pageArticleIds(this.db, page));
  }

  async getArticle(id: number): Promise<ArticleRecord | undefined> {
    const row = await this.db.articles.get(id);
    return row ? publicArticle(row) : undefined;
  }

  /** The indexed statements of an article (sentences with claims), in text order. */
  async getStatements(articleId: number): Promise<StatementRecord[]> {
    const [rows] = await readStatementRows(this.db, [articleId]);
    return [...statementsIn(rows)].map(({ id, statement }) => ({ id, articleId, ...statement }));
  }

  /** Newest first; `query` matches words of title, outlet and URL by prefix. */
  async listArticles(opts: ListOptions = {}): Promise<{ total: number; articles: ArticleSummary[] }> {
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const limit = Math.max(0, Math.floor(opts.limit ?? 50));
    const words = opts.query ? searchWords(opts.query) : [];
    return this.db.transaction('r', this.db.articles, async () => {
      if (words.length === 0) {
        const total = await this.db.articles.count();
        const rows = await this.db.articles.orderBy(':id').reverse().offset(offset).limit(limit).toArray();
        return { total, articles: rows.map(summaryOf) };
      }
      let ids: Set<number> | undefined;
      for (const w of words) {
        const found = new Set(await this.db.articles.where('words').startsWith(w).primaryKeys());
        ids = ids ? new Set([...ids].filter((id) => found.has(id))) : found;
        if (ids.size === 0) break;
      }
      const sorted = [...(ids ?? [])].sort((a, b) => b - a);
      const page = await this.db.articles.bulkGet(sorted.slice(offset, offset + limit));
      return { total: sorted.length, articles: page.filter((r) => !!r).map(summaryOf) };
    });
  }

  /** Deletes an article, its statements and its postings. Returns false when there was no such article. */
  async deleteArticle(id: number): Promise<boolean> {
    return (await deleteArticles(this.db, [id])) > 0;
  }

  /** Number of articles. */
  count(): Promise<number> {
    return this.db.articles.count();
  }

  async stats(): Promise<CorpusStats> {
    return this.db.transaction('r', [this.db.articles, this.db.meta], async () => {
      const [articles, totals, seed, page, imported] = await Promise.all([
        this.db.articles.count(),
        this.db.meta.get('totals'),
        this.db.articles.where('origin').equals('seed').count(),
        this.db.articles.where('origin').equals('page').count(),
        this.db.articles.where('origin').equals('import').count(),
      ]);
      const t = totals && totals.id === 'totals' ? totals : undefined;
      return {
        articles,
        statements: t?.statements ?? 0,
        keys: t?.keys ?? 0,
        byOrigin: { seed, page, import: imported },
        schemaVersion: SCHEMA_VERSION,
      };
    });
  }

  /** The corpus as JSON Lines, one article per yielded line (no line end), oldest first. */
  exportJsonl(): AsyncIterable<string> {
    return exportJsonl(this.db);
  }

  /**
   * Imports a JSON Lines corpus (docs/corpus-format.md). Invalid lines are
   * skipped with their line number and reason; a newer-format or non-JSONL
   * file is refused before anything is written. An interrupted import of the
   * same file resumes after its last committed batch.
   */
  importJsonl(source: JsonlInput, opts: ImportOptions = {}): Promise<ImportReport> {
    return importJsonl(this.db, source, this.prepare, opts);
  }

  /** The latest import that was interrupted (its progress row), if any. */
  async interruptedImport(): Promise<OperationRow | undefined> {
    return this.db.operations.where('state').equals('running').last();
  }

  /** Replaces the whole corpus with the seed articles, in one transaction. */
  async resetToSeeds(seeds: SeedArticle[]): Promise<void> {
    const prepared = seeds.map((s) => this.prepare({ text: s.text, file: s.file, origin: 'seed' }));
    const db = this.db;
    await db.write(async () => {
      await Promise.all([db.articles.clear(), db.statements.clear(), db.postings.clear(), db.operations.clear()]);
      await db.meta.put({ id: 'totals', articles: 0, statements: 0, keys: 0 });
      if (prepared.length) await writeArticles(db, prepared);
      await db.meta.put({ id: 'seeded', at: Date.now() });
    });
  }

  close(): void {
    this.db.close();
  }
}

export { DEFAULT_DB_NAME };
