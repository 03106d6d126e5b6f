/**
 * Starts Chromium with the built extension (dist/chrome) through
 * playwright-core, as checked in shared/notes/toolchain.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export interface ChromiumWithExtension {
  context: BrowserContext;
  extensionId: string;
  /** chrome-extension://ID/<path> */
  extensionUrl(path: string): string;
  worker: Worker;
  close(): Promise<void>;
}

export async function launchChromium(opts: { extensionDir: string; headless: boolean; locale?: string }): Promise<ChromiumWithExtension> {
  const dir = resolve(opts.extensionDir);
  const profile = mkdtempSync(join(tmpdir(), 'isnad-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    locale: opts.locale ?? 'ar',
    // On Linux the UI language (and so chrome.i18n) follows LANGUAGE, not --lang.
    env: { ...process.env, LANGUAGE: opts.locale ?? 'ar' },
    viewport: { width: 1200, height: 900 },
    args: [
      ...(opts.headless ? ['--headless=new'] : []),
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      `--lang=${opts.locale ?? 'ar'}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
