/**
 * The two real browsers with the built extension, as the robustness tests
 * need them: one `Tab` interface over both (same shape as the e2e driver's),
 * plus what only one browser can do — Chromium's DevTools protocol (stop the
 * service worker, shrink the quota, trace tasks) and Firefox preferences
 * (IndexedDB switched off). Launch options are the verified ones from
 * shared/notes/toolchain.md and scripts/launch-*.ts.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser, type Page as PpPage } from 'puppeteer-core';
import { chromiumTab } from '../../e2e/harness/chromium-driver.ts';
import { tabIdOf, type Tab } from '../../e2e/harness/driver.ts';
import { firefoxTab } from '../../e2e/harness/firefox-driver.ts';

export { tabIdOf, type Tab };

export interface ExtensionBrowser {
  name: 'chromium' | 'firefox';
  /** Origin of the extension's pages ("chrome-extension://id" or "moz-extension://uuid"). */
  origin: string;
  openPage(url: string): Promise<Tab>;
  openExtensionPage(path: string): Promise<Tab>;
  close(): Promise<void>;
}

export interface ChromiumBrowser extends ExtensionBrowser {
  name: 'chromium';
  context: BrowserContext;
  extensionId: string;
  /** The playwright page behind a tab opened by this browser. */
  pageOf(tab: Tab): PwPage;
  cdp(tab: Tab): Promise<CDPSession>;
}

export interface FirefoxBrowser extends ExtensionBrowser {
  name: 'firefox';
  browser: Browser;
  /** Opens a moz-extension URL (goto on one never resolves, so this polls). */
  openUrlPolling(url: string): Promise<Tab>;
}

/**
 * Waits by asking again every 100 ms. Not waitForFunction: both drivers'
 * versions lean on the page's own globals (MutationObserver, timers), which
 * hostile pages replace.
 */
async function poll<A>(evaluate: (fn: (arg: A) => unknown, arg?: A) => Promise<unknown>, fn: (arg: A) => unknown, arg: A | undefined, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      if (await evaluate(fn, arg)) return;
    } catch (e) {
      last = e;
    }
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms${last ? `: ${(last as Error).message.split('\n')[0]}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function pwTab(page: PwPage): Tab {
  const tab = chromiumTab(page);
  return {
    ...tab,
    waitFor: (fn, arg, timeoutMs = 15_000) => poll(tab.evaluate, fn, arg, timeoutMs),
    // Hostile pages cover or restyle marks; the hover must still reach them.
    hover: (s) => page.hover(s, { force: true }),
    screenshot: async (path, fullPage = false) => {
      await page.screenshot({ path, fullPage, timeout: 30_000 });
    },
  };
}

export async function launchChromium(opts: { extensionDir: string; extraExtensions?: string[]; prepareProfile?: (dir: string) => void }): Promise<ChromiumBrowser> {
  const dirs = [resolve(opts.extensionDir), ...(opts.extraExtensions ?? []).map((d) => resolve(d))];
  const profile = mkdtempSync(join(tmpdir(), 'isnad-robust-chromium-'));
  opts.prepareProfile?.(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    locale: 'ar',
    env: { ...process.env, LANGUAGE: 'ar' },
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new', `--disable-extensions-except=${dirs.join(',')}`, `--load-extension=${dirs.join(',')}`, '--lang=ar',
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  // The extension's worker is the one whose manifest is Isnad's (other test extensions may load too).
  const isnadName = JSON.parse(readFileSync(join(dirs[0], 'manifest.json'), 'utf8')).short_name as string;
  let extensionId = '';
  for (let i = 0; i < 100 && !extensionId; i++) {
    for (const w of context.serviceWorkers()) {
      const id = new URL(w.url()).host;
      const name = await w.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { short_name: string } } } }).chrome.runtime.getManifest().short_name).catch(() => "");
      if (name === isnadName) extensionId = id;
    }
    if (!extensionId) await new Promise((r) => setTimeout(r, 100));
  }
  if (!extensionId) throw new Error('Isnad\'s service worker did not start');
  const pages = new Map<Tab, PwPage>();
  const open = async (url: string) => {
    const page = await context.newPage();
    await page.goto(url);
    const tab = pwTab(page);
    pages.set(tab, page);
    return tab;
  };
  return {
    name: 'chromium',
    origin: `chrome-extension://${extensionId}`,
    context,
    extensionId,
    openPage: open,
    openExtensionPage: (path) => open(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`),
    pageOf: (tab) => pages.get(tab)!,
    cdp: (tab) => context.newCDPSession(pages.get(tab)!),
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function ppTab(page: PpPage): Tab {
  const tab = firefoxTab(page);
  return { ...tab, waitFor: (fn, arg, timeoutMs = 15_000) => poll(tab.evaluate, fn, arg, timeoutMs) };
}

export const FIREFOX_UUID = '8d1c5e0a-3b7f-4c2e-9f61-2a4b6c8d0e13';

export async function launchFirefox(opts: { extensionDir: string; prefs?: Record<string, unknown>; uuids?: Record<string, string>; profile?: string }): Promise<FirefoxBrowser> {
  const dir = resolve(opts.extensionDir);
  const geckoId: string = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['--remote-allow-system-access'],
    ...(opts.profile ? { userDataDir: opts.profile } : {}),
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID, ...opts.uuids }),
      'intl.locale.requested': 'ar',
      'intl.accept_languages': 'ar',
      'extensions.langpacks.signatures.required': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      ...opts.prefs,
    },
  });
  await browser.installExtension(dir);
  const origin = `moz-extension://${FIREFOX_UUID}`;
  const openUrlPolling = async (url: string) => {
    const page = await browser.newPage();
    void page.goto(url).catch(() => {});
    for (let i = 0; i < 150; i++) {
      const ready = await page.evaluate(() => document.readyState === 'complete' && location.href).catch(() => false);
      if (ready && String(ready).startsWith('moz-extension:')) return ppTab(page);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`extension page did not load: ${url}`);
  };
  return {
    name: 'firefox',
    origin,
    browser,
    async openPage(url) {
      const page = await browser.newPage();
      await page.goto(url);
      return ppTab(page);
    },
    openExtensionPage: (path) => openUrlPolling(`${origin}/${path.replace(/^\//, '')}`),
    openUrlPolling,
    close: () => browser.close(),
  };
}

