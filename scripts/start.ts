/**
 * npm start: builds the extension, serves a local page showing a seed
 * article, and opens Chromium with the extension loaded.
 *
 * With a display ($DISPLAY) the browser opens for you to use. Without one it
 * runs headless, saves screenshots of the highlighted page, a hover card and
 * the popup into artifacts/start/, prints what it found and exits.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from './fixture-server.ts';
import { launchChromium } from './launch-chromium.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLE = '/seed/002_29cc5db1466c1fe5.html';
const PORT = Number(process.env.PORT ?? 8765);

function build(): void {
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

async function main(): Promise<void> {
  build();
  const server = await startFixtureServer(PORT).catch(() => startFixtureServer(0));
  const headless = !process.env.DISPLAY;
  const browser = await launchChromium({ extensionDir: join(ROOT, 'dist/chrome'), headless });
  const { context } = browser;
  console.log(`\nIsnad ${browser.extensionId} loaded. Article: ${server.url(ARTICLE)} (all pages: ${server.url('/')})`);

  const helper = await context.newPage();
  await helper.goto(browser.extensionUrl('src/options/index.html'));
  const page = await context.newPage();
  await page.goto(server.url(ARTICLE));

  if (!headless) {
    console.log('Close the browser window to stop.');
    await helper.close();
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    await server.close();
    return;
  }

  const out = join(ROOT, 'artifacts', 'start');
  mkdirSync(out, { recursive: true });
  await page.waitForSelector('isnad-mark[data-isnad-kind="number"]', { timeout: 20_000 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, 'page.png') });

  const marks = await page.$$eval('isnad-mark', (els) => els
    .filter((el) => !el.parentElement?.closest(`isnad-mark[data-isnad-claim="${(el as HTMLElement).dataset.isnadClaim}"]`))
    .map((el) => ({ claim: (el as HTMLElement).dataset.isnadClaim, kind: (el as HTMLElement).dataset.isnadKind, verdict: (el as HTMLElement).dataset.isnadVerdict, text: el.textContent })));
  const claims = [...new Map(marks.map((m) => [m.claim, m])).values()];

  const figure = page.locator('isnad-mark[data-isnad-kind="number"]').first();
  await figure.hover();
  await page.waitForFunction(() => !!document.querySelector('isnad-card')?.shadowRoot?.querySelector('.isnad-card'));
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(out, 'hover-card.png') });

  await page.bringToFront();
  const tabId = await helper.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome;
    return (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0].id;
  });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 520, height: 900 });
  await popup.goto(browser.extensionUrl(`src/popup/index.html?tab=${tabId}`));
  await popup.waitForFunction(() => !['', 'loading', 'working'].includes(document.body.dataset.state ?? ''));
  await popup.screenshot({ path: join(out, 'popup.png'), fullPage: true });

  const byKind = new Map<string, number>();
  for (const c of claims) byKind.set(c.kind ?? '', (byKind.get(c.kind ?? '') ?? 0) + 1);
  console.log(`\nFound ${claims.length} claims on ${server.url(ARTICLE)}: ${[...byKind].map(([k, n]) => `${n} ${k}`).join(', ')}`);
  for (const c of claims.filter((m) => m.kind === 'number')) console.log(`  figure  ${c.verdict?.padEnd(9)} ${c.text}`);
  console.log(`\nScreenshots: ${['page.png', 'hover-card.png', 'popup.png'].map((f) => join('artifacts/start', f)).join(', ')}`);
  await browser.close();
  await server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
