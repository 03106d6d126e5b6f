import { browser } from '../platform/browser.ts';
import { askTab } from '../platform/messaging.ts';

/**
 * Tells every tab's content script that the corpus changed, so open pages
 * re-check their claims. Tab ids need no "tabs" permission; tabs without
 * Isnad's content script just refuse, which is fine.
 */
export async function announceCorpusChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.allSettled(
    tabs.filter((tab) => tab.id !== undefined)
      .map((tab) => askTab(tab.id!, 'background-to-content:corpus-changed', {})),
  );
}
