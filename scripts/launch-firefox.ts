/**
 * Starts Firefox ESR with the built extension (dist/firefox) through
 * puppeteer-core over WebDriver BiDi, as checked in shared/notes/toolchain.md.
 * The moz-extension UUID is pinned so extension pages have a known URL.
 */
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';

export const FIREFOX_UUID = '5b7c3a52-1f0e-4c8e-9a4d-7e2f6b1d0c11';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionUrl(path: string): string;
  /** Opens an extension page in a new tab (goto on moz-extension never resolves, so it polls). */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefox(opts: { extensionDir: string; headless: boolean; locale?: string }): Promise<FirefoxWithExtension> {
  const dir = resolve(opts.extensionDir);
  const geckoId: string = JSON.parse(readFileSync(`${dir}/manifest.json`, 'utf8')).browser_specific_settings.gecko.id;
  const locale = opts.locale ?? 'ar';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: opts.headless,
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      'intl.locale.requested': locale,
      'intl.accept_languages': locale,
      'extensions.langpacks.signatures.required': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  await browser.installExtension(dir);
  const extensionUrl = (path: string) => `moz-extension://${FIREFOX_UUID}/${path.replace(/^\//, '')}`;
  return {
    browser,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = extensionUrl(path);
      void page.goto(url).catch(() => {});
      for (let i = 0; i < 100; i++) {
        const ready = await page.evaluate(() => document.readyState === 'complete' && location.href).catch(() => false);
        if (ready && String(ready).startsWith('moz-extension:')) return page;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`extension page did not load: ${url}`);
    },
    close: () => browser.close(),
  };
}
