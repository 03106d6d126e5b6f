/**
 * What the background answers about live pages: a page's claims at once,
 * then their sources (two answers, so highlights need not wait for the
 * cross-reference), and adding the page in a tab to the corpus.
 */
import { analyzeBlocks } from '../engine/index.ts';
import { crossReference } from '../store/cross-reference.ts';
import { browser } from '../platform/browser.ts';
import { askTab, type Handlers, type Sender } from '../platform/messaging.ts';
import { corpus } from './corpus-access.ts';
import { announceCorpusChanged } from './broadcast.ts';
import { IsnadError } from './errors.ts';
import { claimSources, firstClaims, pendingClaims } from './page-claims.ts';
import { PageChecks, type PageCheckPlace } from './page-checks.ts';
import { isPlausibleDate } from '../store/jsonl/format.ts';

type PageMessages =
  | 'content-to-background:check-page'
  | 'content-to-background:page-verdicts'
  | 'ui-to-background:add-tab-article';

/** Each check's analysis, until the page asks for its verdicts. */
const checks = new PageChecks();

/** Content-script senders always have a tab (messaging.ts, isOwnContentScript). */
const placeOf = (sender: Sender): PageCheckPlace => ({ tabId: sender.tab?.id ?? -1, frameId: sender.frameId ?? 0 });

export const pageHandlers: Handlers<PageMessages> = {
  'content-to-background:check-page'({ title, blocks, url }, sender) {
    const analysis = firstClaims(analyzeBlocks(blocks, title));
    const check = checks.hold(placeOf(sender), { url, analysis, incognito: sender.tab?.incognito ?? false });
    return { check, text: analysis.text, claims: pendingClaims(analysis) };
  },

  async 'content-to-background:page-verdicts'({ check }, sender) {
    const { analysis, url } = checks.take(placeOf(sender), check);
    // Without a corpus the claims stay highlighted, without sources.
    const c = await corpus().catch((e: Error) => e);
    if (c instanceof Error) return { check, verdicts: [], corpusSize: 0, corpusError: c.message };
    // The page's own URL is left out: a page already in the corpus is no source for itself.
    const [reports, corpusSize] = await Promise.all([crossReference(c, analysis, { url }), c.count()]);
    return { check, verdicts: claimSources(analysis, reports), corpusSize };
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
