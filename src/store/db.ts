import { Dexie, type Table } from 'dexie';
import type { ArticleRow, MetaRow, OperationRow, PostingRow, StatementsRow } from './rows.ts';
import { CommonKeys } from './common-keys.ts';
import { PostingCache } from './posting-cache.ts';
import { declareSchema } from './schema.ts';
import { isStorageFull, settled, StorageFullError } from './storage-full.ts';

export const DEFAULT_DB_NAME = 'isnad-corpus';

const caches = new WeakMap<CorpusDb, PostingCache>();
const common = new WeakMap<CorpusDb, CommonKeys>();

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

  /**
   * Postings heads this connection wrote, so its next write need not read
   * them again. (A getter: a class field would be defined after Dexie's
   * constructor and, with the table fields, hide the tables it set up.)
   */
  get postingCache(): PostingCache {
    let cache = caches.get(this);
    if (!cache) caches.set(this, (cache = new PostingCache()));
    return cache;
  }

  /** Document frequencies of the keys too common to look up by, kept between lookups. */
  get commonKeys(): CommonKeys {
    let keys = common.get(this);
    if (!keys) common.set(this, (keys = new CommonKeys()));
    return keys;
  }

  /** Every table that a write of articles touches, for one atomic transaction. */
  get writeTables() {
    return [this.articles, this.statements, this.postings, this.meta, this.operations];
  }

  /**
   * One read-write transaction over `writeTables`. A failure caused by a full
   * disk rejects with StorageFullError whatever the failing request said.
   */
  async write<T>(scope: (tx: IDBTransaction | undefined) => Promise<T>): Promise<T> {
    let tx: IDBTransaction | undefined;
    try {
      return await this.transaction('rw', this.writeTables, () => {
        tx = Dexie.currentTransaction?.idbtrans ?? undefined;
        return scope(tx);
      });
    } catch (e) {
      if (isStorageFull(e)) throw e instanceof StorageFullError ? e : new StorageFullError(e);
      if (tx) {
        await settled(tx);
        if (tx.error && isStorageFull(tx.error)) throw new StorageFullError(tx.error);
      }
      throw e;
    }
  }
}
