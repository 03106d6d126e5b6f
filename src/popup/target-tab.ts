/**
 * The tab the popup reports on: the active tab of its window, or the tab
 * named by `?tab=ID` (how tests, and anyone opening popup.html in a tab,
 * point it at a page).
 */
import { browser } from '../platform/browser.ts';

export async function targetTab(search = location.search): Promise<number | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
