/**
 * Chrome may stop an extension's service worker at any moment. Here it is
 * stopped on purpose (DevTools protocol, ServiceWorker.stopAllWorkers) at
 * seeded random moments while the options page imports a file and while the
 * popup adds a page. After each stop the corpus on disk must be consistent
 * (the store's own index invariants, no article twice), and trying again
 * must finish the job with every article exactly once (issue 6, faults).
 * 15 stops by default, 100 with ISNAD_LONG=1.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortArticle } from '../store/helpers.ts';
import { add, note, zero } from './harness/counters.ts';
import { launchChromium, tabIdOf, type ChromiumBrowser, type Tab } from './harness/browsers.ts';
import { corpusState } from './harness/corpus-dump.ts';
import { startHostileServer, type HostileServer } from './harness/hostile-server.ts';
import { DIST_CHROME, LONG, SHOTS } from './harness/paths.ts';
import { seeded } from './payload-corpus.ts';

const IMPORT_KILLS = LONG ? 70 : 10;
const ADD_KILLS = LONG ? 30 : 5;
/** Two batches of the store's 500: a stop can land before, between or after them. */
const ARTICLES_PER_FILE = 600;

const random = seeded(66);
/** A test's time limit: the long loops take many minutes. */
const LIMIT = LONG ? 60 * 60_000 : 180_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function importFile(cycle: number): { path: string; urls: string[] } {
  const urls = Array.from({ length: ARTICLES_PER_FILE }, (_, i) => `https://kill${cycle}.example/news/${i}`);
  const lines = urls.map((url, i) => JSON.stringify({ v: 1, url, title: `خبر ${cycle}-${i}`, text: shortArticle(cycle * 10_000 + i, cycle % 2 ? 'سنار' : 'كسلا') }));
  const path = join(tmpdir(), `isnad-kill-${cycle}.jsonl`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return { path, urls };
}

async function ask<T>(page: Tab, name: string, payload: unknown): Promise<T> {
  return page.evaluate(async (arg) => {
    const a = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; value: unknown }> } } })
      .chrome.runtime.sendMessage({ isnad: arg.name, payload: arg.payload });
    return a.value;
  }, { name, payload }) as Promise<T>;
}

describe('the service worker stopped at random moments', () => {
  let browser: ChromiumBrowser;
  let server: HostileServer;
  let helper: Tab;
  let cdp: CDPSession;
  const running = new Set<string>();
  const log: string[] = [];

  /** Stops the worker; counts a kill only if it was running. */
  async function kill(what: string): Promise<void> {
    const wasRunning = running.size > 0;
    await cdp.send('ServiceWorker.stopAllWorkers' as never);
    if (wasRunning) add('sw.kills');
    log.push(`${what}${wasRunning ? '' : ' (already stopped)'}`);
  }

  async function checkConsistent(what: string): Promise<{ url: string }[]> {
    const state = await corpusState(helper);
    if (state.problems.length) {
      add('sw.inconsistent');
      log.push(`${what}: ${state.problems.slice(0, 3).join('; ')}`);
    }
    expect(state.problems, what).toEqual([]);
    return state.articles;
  }

  beforeAll(async () => {
    zero('sw.inconsistent', 'sw.unfinished', 'sw.interruptedImports', 'sw.interruptedAdds');
    server = await startHostileServer();
    browser = await launchChromium({ extensionDir: DIST_CHROME });
    helper = await browser.openExtensionPage('src/options/index.html');
    cdp = await browser.cdp(helper);
    cdp.on('ServiceWorker.workerVersionUpdated' as never, ((e: { versions: { versionId: string; runningStatus: string }[] }) => {
      for (const v of e.versions) {
        if (v.runningStatus === 'running') running.add(v.versionId);
        else running.delete(v.versionId);
      }
    }) as never);
    await cdp.send('ServiceWorker.enable' as never);
  });

  afterAll(async () => {
    note('sw.log', log.slice(-10).join(' | '));
    await browser?.close();
    await server?.close();
  });

  it(`during imports (${IMPORT_KILLS} stops): whole batches only, and the same file again completes with no duplicate`, async () => {
    const importer = await browser.openExtensionPage('src/options/index.html');
    for (let cycle = 0; cycle < IMPORT_KILLS; cycle++) {
      // A small corpus keeps each check of the whole database quick.
      await ask(helper, 'ui-to-background:reset-to-seeds', {});
      const { path, urls } = importFile(cycle);
      await importer.setFile('#import-file', path);
      await sleep(100 + Math.floor(random() * 2000));
      await kill(`import ${cycle}`);
      const outcome = await importer.waitFor(() => !!document.querySelector('#import-report, .panel .message--error'), undefined, 60_000)
        .then(() => importer.evaluate(() => (document.querySelector('#import-report') ? 'completed' : 'interrupted')));
      if (outcome === 'interrupted') add('sw.interruptedImports');
      if (cycle === 0 && outcome === 'interrupted') await importer.screenshot(join(SHOTS, 'chromium-import-interrupted.png'));
      await checkConsistent(`after stopping import ${cycle} (${outcome})`);
      // Try again, as the message asks: the same file.
      if (outcome === 'interrupted') {
        await importer.setFile('#import-file', path);
        await importer.waitFor(() => !!document.querySelector('#import-report, .panel .message--error'), undefined, 60_000);
      }
      // Every article of the file, once (duplicates and the index are checked at the end).
      const listed = await ask<{ total: number }>(helper, 'ui-to-background:list-articles', { query: `kill${cycle}.example`, offset: 0, limit: 0 });
      const missing = urls.length - listed.total;
      if (missing) {
        add('sw.unfinished');
        log.push(`import ${cycle}: ${missing} articles missing after trying again`);
      }
      expect(missing, `import ${cycle}: articles missing (or extra) after trying again`).toBe(0);
    }
    await checkConsistent('after the last import');
    await importer.close();
  }, LIMIT);

  it(`while adding a page (${ADD_KILLS} stops): the article is there once, or not at all and adding again works`, async () => {
    await ask(helper, 'ui-to-background:reset-to-seeds', {});
    for (let cycle = 0; cycle < ADD_KILLS; cycle++) {
      const url = server.url(`/unique/${cycle}.html`);
      const tab = await browser.openPage(url);
      await tab.waitFor(() => document.querySelectorAll('isnad-mark').length > 0, undefined, 30_000);
      const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${await tabIdOf(helper, tab)}`);
      await popup.waitFor(() => !!document.querySelector('#add-article'), undefined, 30_000);
      await popup.click('#add-article');
      await sleep(Math.floor(random() * 400));
      await kill(`add ${cycle}`);
      await popup.waitFor(() => !!document.querySelector('.add .message'), undefined, 30_000);
      const failed = await popup.evaluate(() => document.querySelector('.add .message')!.classList.contains('message--error'));
      if (failed) add('sw.interruptedAdds');
      await checkConsistent(`after stopping add ${cycle}`);
      if (failed) {
        await popup.click('#add-article');
        await popup.waitFor(() => !!document.querySelector('.add .message:not(.message--error)'), undefined, 30_000);
      }
      const articles = await checkConsistent(`after adding page ${cycle} again`);
      const copies = articles.filter((a) => a.url === url).length;
      if (copies !== 1) add('sw.unfinished');
      expect(copies, `page ${cycle} stored ${copies} times`).toBe(1);
      await popup.close();
      await tab.close();
    }
  }, LIMIT);
});
