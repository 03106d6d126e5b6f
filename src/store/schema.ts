import type { Dexie, Transaction } from 'dexie';
import { articleSearchWords } from './search-words.ts';

/**
 * Every schema version the corpus database has had, oldest first, kept as
 * data: Dexie replays the list on open, and tests build a database at each
 * old version, fill it and open it with the current code. Never edit a
 * published entry; add a new one with an upgrade that keeps every record.
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs at this version (tables not listed keep their previous spec). */
  stores: Record<string, string | null>;
  /** Fields this version derives from existing ones, filled by `upgrade`. */
  derived?: { table: string; field: string }[];
  upgrade?: (tx: Transaction) => Promise<void>;
  note: string;
}

export const SCHEMA_HISTORY: readonly SchemaVersion[] = [
  {
    version: 1,
    note: 'articles; statements in rows of four per article; postings packed per key in [key+chunk] with df in the head; totals; import operations',
    stores: {
      articles: '++id, url, textHash, origin',
      statements: '[articleId+group]',
      postings: '[key+chunk]',
      meta: 'id',
      operations: '++id, state',
    },
  },
  {
    version: 2,
    note: 'articles gain folded search words (title, outlet, URL) with a multi-entry index for listArticles',
    stores: { articles: '++id, url, textHash, origin, *words' },
    derived: [{ table: 'articles', field: 'words' }],
    upgrade: async (tx) => {
      await tx.table('articles').toCollection().modify((a: { title?: string; outlet?: string; url?: string; words?: string[] }) => {
        a.words = articleSearchWords({ title: a.title ?? '', outlet: a.outlet ?? '', url: a.url ?? '' });
      });
    },
  },
];

export const SCHEMA_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1].version;

/** Declares versions 1..upTo on a Dexie instance (all of them by default). */
export function declareSchema(db: Dexie, upTo = SCHEMA_VERSION): void {
  for (const v of SCHEMA_HISTORY) {
    if (v.version > upTo) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}
