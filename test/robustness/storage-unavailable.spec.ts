/**
 * Where IndexedDB cannot be used, Isnad says so and still highlights claims
 * (issue 6). Both browsers get a profile whose IndexedDB directory is a
 * plain file, so every open fails as on a broken or locked-down disk
 * (Firefox's dom.indexedDB.enabled pref no longer switches it off, and a
 * "never remember history" profile does not run unsigned temporary add-ons).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { add } from './harness/counters.ts';
import { launchChromium, launchFirefox, tabIdOf, type ExtensionBrowser } from './harness/browsers.ts';
import { startHostileServer, type HostileServer } from './harness/hostile-server.ts';
import { DIST_CHROME, DIST_FIREFOX, SHOTS } from './harness/paths.ts';

const launchers: [string, () => Promise<ExtensionBrowser>][] = [
  ['chromium', () => launchChromium({
    extensionDir: DIST_CHROME,
    prepareProfile: (dir) => {
      mkdirSync(join(dir, 'Default'), { recursive: true });
      writeFileSync(join(dir, 'Default', 'IndexedDB'), 'not a directory');
    },
  })],
  ['firefox', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'isnad-robust-firefox-noidb-'));
    writeFileSync(join(profile, 'storage'), 'not a directory');
    const b = await launchFirefox({ extensionDir: DIST_FIREFOX, profile });
    return { ...b, close: async () => { await b.close(); rmSync(profile, { recursive: true, force: true }); } };
  }],
];

describe.each(launchers)('without IndexedDB in %s', (name, launch) => {
  let browser: ExtensionBrowser;
  let server: HostileServer;
  beforeAll(async () => {
    server = await startHostileServer();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights the claims, and the popup and the options page say the corpus is unavailable', async () => {
    const problems: string[] = [];
    const tab = await browser.openPage(server.url('/hostile/plain.html'));
    const marked = await tab.waitFor(() => document.querySelectorAll('isnad-mark').length > 20 && !!document.querySelector('isnad-mark[data-isnad-kind="number"]'), undefined, 30_000)
      .then(() => true, () => false);
    if (!marked) problems.push(`no claims highlighted (${await tab.evaluate(() => document.querySelectorAll('isnad-mark').length + ' marks, ' + document.title)})`);

    const options = await browser.openExtensionPage('src/options/index.html');
    const said = await options.waitFor(() => !!document.querySelector('#storage-error')?.textContent, undefined, 15_000).then(() => true, () => false);
    if (!said) problems.push('the options page did not say the corpus is unavailable');
    else expect(await options.evaluate(() => document.querySelector('#storage-error')!.textContent)).toMatch(/IndexedDB/);
    await options.screenshot(join(SHOTS, `${name}-no-indexeddb-options.png`));

    const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${await tabIdOf(options, tab)}`);
    const told = await popup.waitFor(() => !!document.querySelector('[data-state="corpus-unavailable"]'), undefined, 15_000).then(() => true, () => false);
    if (!told) problems.push('the popup did not say the corpus is unavailable');
    const claims = await popup.evaluate(() => document.querySelectorAll('.claim').length);
    if (claims === 0) problems.push('the popup lists no claims');
    await popup.screenshot(join(SHOTS, `${name}-no-indexeddb-popup.png`));

    add('faults.tried');
    if (problems.length) add('faults.bad');
    expect(problems).toEqual([]);
  });
});
