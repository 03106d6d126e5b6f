/** What the background answers the options page and popup about the corpus itself. */
import type { Handlers } from '../platform/messaging.ts';
import { corpus } from './corpus-access.ts';
import { announceCorpusChanged } from './broadcast.ts';
import { SEEDS } from './seeds.ts';

type CorpusMessages =
  | 'ui-to-background:corpus-stats'
  | 'ui-to-background:list-articles'
  | 'ui-to-background:get-article'
  | 'ui-to-background:delete-article'
  | 'ui-to-background:reset-to-seeds';

/** Most rows one list answer carries. */
const MAX_PAGE = 200;

export const corpusHandlers: Handlers<CorpusMessages> = {
  async 'ui-to-background:corpus-stats'() {
    return (await corpus()).stats();
  },

  async 'ui-to-background:list-articles'({ query, offset, limit }) {
    return (await corpus()).listArticles({ query, offset, limit: Math.min(limit, MAX_PAGE) });
  },

  async 'ui-to-background:get-article'({ id }) {
    const a = await (await corpus()).getArticle(id);
    if (!a) return null;
    return {
      id: a.id!, url: a.url, title: a.title, outlet: a.outlet, addedAt: a.addedAt, origin: a.origin, text: a.text,
      ...(a.published ? { published: a.published } : {}),
      ...(a.file ? { file: a.file } : {}),
    };
  },

  async 'ui-to-background:delete-article'({ id }) {
    const deleted = await (await corpus()).deleteArticle(id);
    if (deleted) await announceCorpusChanged();
    return { deleted };
  },

  async 'ui-to-background:reset-to-seeds'() {
    const c = await corpus();
    await c.resetToSeeds(SEEDS);
    await announceCorpusChanged();
    return c.stats();
  },
};
