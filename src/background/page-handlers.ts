/**
 * What the background answers about live pages: a page's claims at once
 * (its lead's first, when the page is long), then their sources (separate
 * answers, so highlights need not wait for the whole analysis or the
 * cross-reference), and adding the page in a tab to the corpus.
 */
import { analyzeBlocks, type Analysis } from '../engine/index.ts';
import type { PageClaim } from '../platform/protocol.ts';
import { crossReference } from '../store/cross-reference.ts';
import { browser } from '../platform/browser.ts';
import { askTab, type Handlers, type Sender } from '../platform/messaging.ts';
import { corpus } from './corpus-access.ts';
import { announceCorpusChanged } from './broadcast.ts';
import { IsnadError } from './errors.ts';
import { claimSources, firstClaims, pendingClaims } from './page-claims.ts';
import { PageChecks, type PageCheckPlace } from './page-checks.ts';
import { currentSettings, isOffFor } from './site-settings.ts';
import { isPlausibleDate } from '../store/jsonl/format.ts';
import { PageTextMismatch, TextUpload } from './text-upload.ts';
import { MAX_PAGE_CHARS } from '../platform/protocol.ts';

type PageMessages =
  | 'content-to-background:check-page'
  | 'content-to-background:page-rest'
  | 'content-to-background:page-text'
  | 'content-to-background:page-verdicts'
  | 'ui-to-background:add-tab-article';

/** Each check's analysis, until the page asks for its verdicts. */
const checks = new PageChecks();

/** Content-script senders always have a tab (messaging.ts, isOwnContentScript). */
const placeOf = (sender: Sender): PageCheckPlace => ({ tabId: sender.tab?.id ?? -1, frameId: sender.frameId ?? 0 });

const analyse = (blocks: string[], title: string): Analysis => firstClaims(analyzeBlocks(blocks, title));

/** The whole page analysed in a later task, so the lead's answer leaves first. */
function analyseSoon(blocks: string[], title: string): Promise<Analysis> {
  const analysis = new Promise<Analysis>((resolve, reject) => {
    setTimeout(() => {
      try {
        resolve(analyse(blocks, title));
      } catch (e) {
        reject(e);
      }
    }, 0);
  });
  analysis.catch(() => {});
  return analysis;
}

/** Same claim at the same place, read the same way (the pending claims are plain data, built in one order). */
const sameClaim = (a: PageClaim, b: PageClaim) => JSON.stringify(a) === JSON.stringify(b);

export const pageHandlers: Handlers<PageMessages> = {
  async 'content-to-background:check-page'({ title, blocks, url, lead, rest }, sender) {
    // The page asks before it has read the settings itself (one round trip
    // less before the first highlight): the background keeps them.
    if (await isOffFor(sender.url)) throw new IsnadError('SiteOff');
    const { kinds } = await currentSettings();
    const held = { url, incognito: sender.tab?.incognito ?? false };
    if (!rest && (lead === undefined || lead >= blocks.length)) {
      const analysis = analyse(blocks, title);
      const check = checks.hold(placeOf(sender), { ...held, analysis: Promise.resolve(analysis) });
      return { check, text: analysis.text, claims: pendingClaims(analysis), complete: true, kinds };
    }
    const upload = rest ? new TextUpload(rest) : undefined;
    if (upload && blocks.reduce((n, b) => n + b.length, upload.expected) > MAX_PAGE_CHARS) throw new PageTextMismatch(`more than ${MAX_PAGE_CHARS} characters in all`);
    const first = analyse(blocks.slice(0, lead ?? blocks.length), title);
    const claims = pendingClaims(first);
    const whole = upload ? upload.blocks.then((more) => analyseSoon([...blocks, ...more], title)) : analyseSoon(blocks, title);
    whole.catch(() => {});
    const check = checks.hold(placeOf(sender), { ...held, analysis: whole, lead: claims, upload });
    return { check, text: first.text, claims, complete: false, kinds };
  },

  async 'content-to-background:page-text'({ check, piece }, sender) {
    const { upload } = checks.peek(placeOf(sender), check);
    if (!upload) throw new PageTextMismatch('this check expects no more text');
    return upload.add(piece);
  },

  async 'content-to-background:page-rest'({ check }, sender) {
    const { analysis, lead = [] } = checks.peek(placeOf(sender), check);
    const whole = await analysis;
    const all = pendingClaims(whole);
    // Almost always the lead's claims open the whole page's unchanged; a
    // name completed further down changes one, and then all are sent again.
    const kept = lead.length > 0 && lead.length <= all.length && lead.every((c, i) => sameClaim(c, all[i]));
    return { check, text: whole.text, claims: kept ? all.slice(lead.length) : all, replaced: !kept };
  },

  async 'content-to-background:page-verdicts'({ check }, sender) {
    const held = checks.take(placeOf(sender), check);
    const { url } = held;
    const analysis = await held.analysis;
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
