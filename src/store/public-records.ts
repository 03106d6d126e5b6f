import type { ArticleRow } from './rows.ts';
import type { ArticleRecord } from './types.ts';

/** An article row without its private derived fields. */
export function publicArticle(row: ArticleRow): ArticleRecord & { id: number } {
  const { words: _words, ...rest } = row;
  return rest as ArticleRecord & { id: number };
}

/** What `listArticles` returns per article: everything but the text and fingerprint. */
export interface ArticleSummary {
  id: number;
  url: string;
  title: string;
  outlet: string;
  published?: string;
  addedAt: number;
  origin: ArticleRecord['origin'];
  file?: string;
}

export function summaryOf(row: ArticleRow): ArticleSummary {
  const s: ArticleSummary = { id: row.id!, url: row.url, title: row.title, outlet: row.outlet, addedAt: row.addedAt, origin: row.origin };
  if (row.published) s.published = row.published;
  if (row.file) s.file = row.file;
  return s;
}
