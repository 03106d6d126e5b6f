/**
 * What the background answers about live pages: cross-referencing a page's
 * claims, and adding the page in a tab to the corpus.
 */
import { analyzeBlocks } from '../engine/index.ts';
import { crossReference } from '../store/cross-reference.ts';
import { browser } from '../platform/browser.ts';
import { askTab, type Handlers } from '../platform/messaging.ts';
import { corpus } from './corpus-access.ts';
import { announceCorpusChanged } from './broadcast.ts';
import { IsnadError } from './errors.ts';
import { firstClaims, pageClaims } from './page-claims.ts';
import { isPlausibleDate } from '../store/jsonl/format.ts';

type PageMessages = 'content-to-background:check-page' | 'ui-to-background:add-tab-article';

export const pageHandlers: Handlers<PageMessages> = {
  async 'content-to-background:check-page'({ title, blocks, url }) {
    const analysis = firstClaims(analyzeBlocks(blocks, title));
    // Without a corpus the page is still analysed: claims are highlighted, without sources.
    const c = await corpus().catch((e: Error) => e);
    if (c instanceof Error) return { text: analysis.text, claims: pageClaims(analysis, []), corpusSize: 0, corpusError: c.message };
    const [reports, corpusSize] = await Promise.all([crossReference(c, analysis, { url }), c.count()]);
    return { text: analysis.text, claims: pageClaims(analysis, reports), corpusSize };
  },

  async 'ui-to-background:add-tab-article'({ tabId }) {
    const tab = await browser.tabs.get(tabId);
    // Private tabs are analysed but never remembered.
    if (tab.incognito) throw new IsnadError('PrivateTab');
    const page = await askTab(tabId, 'background-to-content:page-article', {}).catch(() => {
      throw new IsnadError('ContentScriptUnavailable');
    });
    if (page.incognito) throw new IsnadError('PrivateTab');
    if (page.blocks.length === 0) throw new IsnadError('NothingToAdd');
    const result = await (await corpus()).addArticle({
      url: page.url,
      title: page.title,
      outlet: page.outlet,
      // A page's date meta is whatever the site wrote: keep it only if it is a date.
      ...(page.published && isPlausibleDate(page.published) ? { published: page.published } : {}),
      // The page's own segmentation: title line, then one paragraph per line.
      text: [page.title, ...page.blocks].join('\n'),
      layout: 'blocks',
      origin: 'page',
    });
    await announceCorpusChanged();
    return { ...result, title: page.title };
  },
};
