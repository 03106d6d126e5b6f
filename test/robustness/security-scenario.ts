/**
 * The payloads through the built extension in a real browser: imported as a
 * corpus (titles, outlets, sentences, URLs, and bad lines whose skip reasons
 * quote them), shown by the options page, met again on news pages that
 * carry them in paragraphs, title, outlet and URL, highlighted, opened in
 * hover cards, listed by the popup, and added to the corpus from a page.
 * Every surface is checked as it is shown; at the end the canary server
 * must have seen no request and no page a payload flag. Messages from web
 * pages, from another extension and malformed ones from Isnad's own pages
 * are refused.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { add, note, peak } from './harness/counters.ts';
import { tabIdOf, type ExtensionBrowser, type Tab } from './harness/browsers.ts';
import { startHostileServer, type HostileServer } from './harness/hostile-server.ts';
import { messageIsnad } from './harness/other-extension.ts';
import { SHOTS } from './harness/paths.ts';
import { checkSurface, sweepCards, type SurfaceReport } from './harness/surface-check.ts';
import { asPageText, payloadJsonl, payloadStories, type PayloadStory } from './payload-corpus.ts';
import { payloads, UI_TAGS, type Payload } from './payloads.ts';

const PER_PAGE = 75;

export interface SecurityHooks {
  /** Opens a page of another installed extension, or null where the browser cannot. */
  otherExtensionPage?: () => Promise<Tab | null>;
  isnadId: () => string;
}

export function securityScenario(name: 'chromium' | 'firefox', launch: () => Promise<ExtensionBrowser & SecurityHooks>): void {
  describe(`script-injection payloads in ${name}`, () => {
    let browser: ExtensionBrowser & SecurityHooks;
    let server: HostileServer;
    let list: Payload[];
    let stories: PayloadStory[];
    let helper: Tab;
    const shown = new Map<string, Set<string>>();

    function record(surface: string, r: SurfaceReport): void {
      const set = shown.get(surface) ?? new Set<string>();
      for (const id of r.shown) set.add(id);
      shown.set(surface, set);
      add('payloads.renderings', r.shown.length);
      add('payloads.injectedElements', r.injected.length);
      add('links.nonHttp', r.badLinks.length);
      if (r.pwned) add('payloads.executed');
      expect(r.injected, `${surface}: elements made from payloads`).toEqual([]);
      expect(r.badLinks, `${surface}: links that are not http(s)`).toEqual([]);
      expect(r.pwned, `${surface}: a payload ran`).toBeNull();
      if (r.overflow) add('payloads.overflowing');
      expect(r.overflow ?? 0, `${surface}: content wider than its window`).toBeLessThanOrEqual(1);
    }

    // On a page, the article's own elements and Isnad's marks are expected too.
    const surface = (tab: Tab, root: string, subset = list) =>
      tab.evaluate(checkSurface, {
        root, payloads: subset.map((p) => ({ id: p.id, text: p.text, alt: asPageText(p.text) })),
        allowed: root === 'article' ? [...UI_TAGS, 'article', 'isnad-mark'] : UI_TAGS,
      });

    beforeAll(async () => {
      server = await startHostileServer();
      list = payloads(server.origin);
      stories = payloadStories(list);
      server.setStories(stories, PER_PAGE);
      peak('payloads.distinct', list.length);
      browser = await launch();
      helper = await browser.openExtensionPage('src/options/index.html');
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (shown.size) note(`payloads.surfaces.${name}`, [...shown].map(([s, ids]) => `${s} ${ids.size}`).join(', '));
      note('payloads.surfaces', 'distinct payloads shown per surface, per browser: see summary.json notes');
    });

    it('imports the payload corpus and shows every article as text in the options page', async () => {
      const file = join(tmpdir(), `isnad-payloads-${name}.jsonl`);
      writeFileSync(file, payloadJsonl(stories));
      const options = await browser.openExtensionPage('src/options/index.html');
      await options.setViewport(1200, 1000);
      await options.setFile('#import-file', file);
      await options.waitFor(() => !!document.querySelector('#import-report'), undefined, 60_000);
      const report = await options.evaluate(() => ({ ...document.querySelector<HTMLElement>('#import-report')!.dataset }));
      expect(report).toMatchObject({ added: String(stories.length), skipped: '25' });
      // Skip reasons quote the bad lines' field names and values.
      record('options: import report', await surface(options, '#import-report'));
      await options.screenshot(join(SHOTS, `${name}-security-import-report.png`));

      const total = await options.evaluate(() => Number(document.querySelector('#article-total')?.getAttribute('data-total')));
      expect(total).toBe(stories.length + 2);
      for (let page = 0; ; page++) {
        await options.evaluate(() => { for (const b of document.querySelectorAll<HTMLButtonElement>('.article .open')) b.click(); });
        await options.waitFor(() => document.querySelectorAll('.article-text').length === document.querySelectorAll('.article').length, undefined, 10_000);
        record('options: article list', await surface(options, '#app'));
        if (page === 0) await options.screenshot(join(SHOTS, `${name}-security-options-list.png`), true);
        const first = await options.evaluate(() => document.querySelector('.article')?.getAttribute('data-article'));
        const next = await options.evaluate(() => {
          const b = document.querySelectorAll<HTMLButtonElement>('.pager button')[1];
          if (!b || b.disabled) return false;
          b.click();
          return true;
        });
        if (!next) break;
        await options.waitFor((f) => (document.querySelector('.article')?.getAttribute('data-article') ?? f) !== f, first, 10_000);
      }
      expect(shown.get('options: article list')?.size).toBe(list.length);
      await options.close();
    });

    it('keeps payloads as text on pages, in highlights, hover cards and the popup', async () => {
      const pages = Math.ceil(stories.length / PER_PAGE);
      for (let n = 0; n < pages; n++) {
        const part = stories.slice(n * PER_PAGE, (n + 1) * PER_PAGE);
        const tab = await browser.openPage(server.url(`/payload/${n}.html?q=${encodeURIComponent(part[0].payload.text)}`));
        await tab.waitFor((count) => document.querySelectorAll('article isnad-mark[data-isnad-kind="number"]').length >= count, part.length, 60_000);
        // Highlights come first, 'pending'; the cards show sources once the verdicts are in.
        await tab.waitFor(() => !document.querySelector('article isnad-mark[data-isnad-verdict="pending"]'), undefined, 60_000);
        // The page's text is exactly what the server escaped into it: highlights took nothing away.
        const paragraphs = await tab.evaluate(() => [...document.querySelectorAll('article p:not(.byline)')].map((p) => p.textContent ?? ''));
        expect(paragraphs).toEqual(part.map((s) => asPageText(s.paragraph)));
        record('page highlights', await surface(tab, 'article', part.map((s) => s.payload)));

        const cards = await sweepCards(tab, { payloads: list.map((p) => ({ id: p.id, text: p.text, alt: asPageText(p.text) })), allowed: UI_TAGS });
        expect(cards.cards).toBeGreaterThanOrEqual(part.length);
        record('hover card', cards);
        // Only the reader opens a card (a script's .focus() does not): hover one for the screenshot.
        await tab.hover('article isnad-mark[tabindex="0"][data-isnad-verdict="agrees"]').catch(() => {});
        await new Promise((r) => setTimeout(r, 300));
        await tab.screenshot(join(SHOTS, `${name}-security-card-${n}.png`));

        const popup = await browser.openExtensionPage(`src/popup/index.html?tab=${await tabIdOf(helper, tab)}`);
        await popup.setViewport(520, 1000);
        await popup.waitFor(() => !['', 'loading', 'working'].includes(document.body.dataset.state ?? ''), undefined, 30_000);
        record('popup', await surface(popup, '#app'));
        if (n === 0) {
          await popup.screenshot(join(SHOTS, `${name}-security-popup.png`));
          // The page itself goes into the corpus: its title, outlet and URL carry payloads.
          await popup.click('#add-article');
          await popup.waitFor(() => !!document.querySelector('.add .message'), undefined, 30_000);
          record('popup', await surface(popup, '#app'));
        }
        await popup.close();
        await tab.close();
      }
      // Which sources a card or the popup lists is the engine's ranking; nearly every payload article must come up.
      expect(shown.get('hover card')?.size, 'payloads shown in hover cards').toBeGreaterThanOrEqual(list.length * 0.95);
      expect(shown.get('popup')?.size, 'payloads shown in the popup').toBeGreaterThanOrEqual(list.length * 0.95);
      expect(shown.get('page highlights')?.size).toBe(list.length);

      // The added page, as the options page lists it.
      const options = await browser.openExtensionPage('src/options/index.html');
      await options.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#article-search')!;
        input.value = 'الإمدادات';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await options.waitFor(() => document.querySelector('#article-total')?.getAttribute('data-total') === '1', undefined, 10_000);
      const added = await surface(options, '#app', [stories[0].payload, stories[1].payload]);
      record('options: added page', added);
      expect(added.shown).toEqual([stories[0].payload.id, stories[1].payload.id]);
      await options.close();
    });

    it('no payload ever ran or loaded anything', async () => {
      await new Promise((r) => setTimeout(r, 1000));
      const hits = server.hits();
      const ids = new Set(hits.map((h) => h.id));
      add('payloads.executed', ids.size);
      expect(hits, JSON.stringify(hits.slice(0, 5))).toEqual([]);
    });

    it('refuses messages from web pages, from another extension, and malformed ones from its own pages', async () => {
      const bad = [
        { isnad: 'ui-to-background:reset-to-seeds', payload: {} },
        { isnad: 'ui-to-background:delete-article', payload: { id: 1 } },
        { isnad: 'ui-to-background:import-begin', payload: {} },
        { isnad: 'content-to-background:check-page', payload: { url: 'https://x.example/', title: 't', blocks: ['قتل 5 أشخاص'] } },
      ];
      const before = await helper.evaluate(async () => {
        type Runtime = { sendMessage(m: unknown): Promise<{ value: { articles: number } }> };
        const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
        return (await (g.browser ?? g.chrome).runtime.sendMessage({ isnad: 'ui-to-background:corpus-stats', payload: {} })).value.articles;
      });

      // A web page: no extension API in its world; window messages reach nothing.
      const page = await browser.openPage(server.url('/hostile/plain.html'));
      const fromPage = await page.evaluate(async (arg) => {
        const out = { tried: 0, answered: 0 };
        for (const m of arg.bad) {
          window.postMessage(m, '*');
          out.tried++;
          const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
          if (runtime?.sendMessage) {
            out.tried++;
            try {
              const a = (await runtime.sendMessage(arg.id, m)) as { ok?: boolean } | undefined;
              if (a?.ok) out.answered++;
            } catch {
              // Refused by the browser: no externally_connectable.
            }
          }
        }
        return out;
      }, { bad, id: browser.isnadId() });
      add('messages.tried', fromPage.tried);
      add('messages.accepted', fromPage.answered);
      expect(fromPage.answered).toBe(0);
      await page.close();

      // Another extension, by Isnad's id.
      const other = await browser.otherExtensionPage?.();
      if (other) {
        const r = await other.evaluate(messageIsnad, { isnadId: browser.isnadId(), messages: bad });
        add('messages.tried', bad.length);
        add('messages.accepted', r.answered);
        expect(r.answered, JSON.stringify(r.errors)).toBe(0);
        await other.close();
      }

      // Isnad's own options page, with payloads of the wrong shape.
      const malformed = [
        { isnad: 'ui-to-background:list-articles', payload: { query: 'x', offset: -1, limit: 1e9 } },
        { isnad: 'ui-to-background:delete-article', payload: { id: '1 OR 1=1' } },
        { isnad: 'ui-to-background:import-chunk', payload: { session: 'x', lines: [{ v: 1 }] } },
        { isnad: 'ui-to-background:get-article', payload: null },
        { isnad: 'ui-to-background:export-next', payload: { session: 'x', maxBytes: 1e12 } },
        { isnad: 'ui-to-background:reset-to-seeds', payload: { force: true } },
        { isnad: 'content-to-background:check-page', payload: { url: 'https://x.example/', title: '', blocks: ['x'] } },
        { isnad: 'ui-to-background:corpus-stats', payload: [] },
      ];
      const fromOwn = await helper.evaluate(async (messages) => {
        type Runtime = { sendMessage(m: unknown): Promise<{ ok: boolean; error?: { name: string } }> };
        const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
        const answers = [];
        for (const m of messages) answers.push(await (g.browser ?? g.chrome).runtime.sendMessage(m));
        return answers.map((a) => (a.ok ? 'ok' : a.error?.name ?? '?'));
      }, malformed);
      add('messages.tried', malformed.length);
      add('messages.accepted', fromOwn.filter((a) => a === 'ok').length);
      expect(fromOwn).toEqual(malformed.map(() => 'InvalidRequest'));

      const after = await helper.evaluate(async () => {
        type Runtime = { sendMessage(m: unknown): Promise<{ value: { articles: number } }> };
        const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
        return (await (g.browser ?? g.chrome).runtime.sendMessage({ isnad: 'ui-to-background:corpus-stats', payload: {} })).value.articles;
      });
      expect(after).toBe(before);
    });
  });
}
