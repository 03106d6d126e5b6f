/**
 * The only module that imports webextension-polyfill: every other file gets
 * the browser API from here, so a platform difference is fixed in one place.
 */
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';

/** The extension's own origin ("chrome-extension://id/" or "moz-extension://uuid/"). */
export function extensionOrigin(): string {
  return browser.runtime.getURL('/');
}
