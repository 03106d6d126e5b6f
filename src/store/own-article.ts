/**
 * The stored articles that are a given page: the same URL (fragment
 * ignored) or the same normalised text. Used to keep a page from being its
 * own source. Runs in the caller's transaction, which must cover `articles`.
 */
import type { CorpusDb } from './db.ts';
import { normalizeUrl } from './prepare.ts';
import { textHash } from './text-hash.ts';

export interface PageIdentity {
  url?: string;
  text?: string;
}

export async function pageArticleIds(db: CorpusDb, page: PageIdentity): Promise<number[]> {
  let url = '';
  try {
    url = normalizeUrl(page.url);
  } catch {
    // A page URL the store would never hold (about:, chrome:) matches nothing.
  }
  const hash = page.text?.trim() ? textHash(page.text) : '';
  const [byUrl, byText] = await Promise.all([
    url ? db.articles.where('url').equals(url).primaryKeys() : Promise.resolve([] as number[]),
    hash ? db.articles.where('textHash').equals(hash).primaryKeys() : Promise.resolve([] as number[]),
  ]);
  return [...new Set([...byUrl, ...byText])].sort((a, b) => a - b);
}
