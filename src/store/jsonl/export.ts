import type { CorpusDb } from '../db.ts';
import { publicArticle } from '../public-records.ts';
import { articleLine } from './format.ts';

const PAGE = 200;

/**
 * The corpus as JSON Lines, one article per string (without the line end), in
 * id order. Reads a page of articles per short transaction, so a 100,000
 * article corpus is never one string and never one long transaction.
 */
export async function* exportJsonl(db: CorpusDb): AsyncGenerator<string> {
  let after = 0;
  for (;;) {
    const page = await db.articles.where(':id').above(after).limit(PAGE).toArray();
    if (page.length === 0) return;
    for (const row of page) yield articleLine(publicArticle(row));
    after = page[page.length - 1].id!;
  }
}
