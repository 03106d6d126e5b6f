import { Dexie, type Table } from 'dexie';
import type { ArticleRow, MetaRow, OperationRow, PostingRow, StatementsRow } from './rows.ts';
import { declareSchema } from './schema.ts';

export const DEFAULT_DB_NAME = 'isnad-corpus';

/** Replacements for the global IndexedDB (fake-indexeddb in Node). */
export interface IndexedDbDeps {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** The one place that opens IndexedDB: typed tables over the versioned schema. */
export class CorpusDb extends Dexie {
  articles!: Table<ArticleRow, number>;
  statements!: Table<StatementsRow, [number, number]>;
  postings!: Table<PostingRow, [string, number]>;
  meta!: Table<MetaRow, string>;
  operations!: Table<OperationRow, number>;

  constructor(name = DEFAULT_DB_NAME, deps: IndexedDbDeps = {}) {
    super(name, {
      ...(deps.indexedDB ? { indexedDB: deps.indexedDB } : {}),
      ...(deps.IDBKeyRange ? { IDBKeyRange: deps.IDBKeyRange } : {}),
    });
    declareSchema(this);
  }

  /** Every table that a write of articles touches, for one atomic transaction. */
  get writeTables() {
    return [this.articles, this.statements, this.postings, this.meta, this.operations];
  }
}
