/**
 * Runs the hostile and heavy pages in one browser: on each, Isnad's
 * highlights must be there, the page's text unchanged, the highlight and the
 * hover card legible, and (in Chromium, from a trace) no task of more than
 * 50 ms may be Isnad's. Screenshots go to artifacts/robustness/screenshots.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { add, note, peak, zero } from './harness/counters.ts';
import type { ChromiumBrowser, ExtensionBrowser, Tab } from './harness/browsers.ts';
import { seedArticle, startHostileServer, type HostileServer } from './harness/hostile-server.ts';
import { CARD_HOST, NO_CARD, cardProblems, lookOfCard, lookOfMark, markProblems, readPage } from './harness/page-checks.ts';
import { untilCard } from '../e2e/harness/driver.ts';
import { SHOTS } from './harness/paths.ts';
import { taskTimes, traced, type TaskTimes } from './harness/trace-tasks.ts';
import { HOSTILE_CASES, type HostileCase } from './hostile-cases.ts';

const TARGET = 'data-robustness-target';

/** Marks the highlight the checks look at: the seed's agreeing "5 مليار", else the first figure. */
function pickTarget(arg: { seed: boolean; attr: string }): boolean {
  const marks = [...document.querySelectorAll<HTMLElement>('isnad-mark[data-isnad-kind="number"]:not(#fake-mark)')];
  const el = arg.seed
    ? marks.find((m) => /5\s*مليار/.test(m.textContent ?? '') && m.dataset.isnadVerdict === 'agrees')
    : marks.find((m) => m.tabIndex === 0);
  if (!el) return false;
  el.setAttribute(arg.attr, '');
  return true;
}

function recordPasses(): void {
  const w = window as unknown as { __isnadPasses: number };
  w.__isnadPasses = 0;
  new MutationObserver((records) => {
    if (records.some((r) => [...r.removedNodes].some((n) => n.nodeName === 'ISNAD-MARK'))) w.__isnadPasses++;
  }).observe(document.body, { childList: true, subtree: true });
}

async function judge(tab: Tab, c: HostileCase, shot: string): Promise<{ problems: string[] }> {
  const problems: string[] = [];
  const seed = seedArticle();
  const growing = c.path.startsWith('/heavy/growing');
  if (growing) await tab.waitFor(() => (window as unknown as { __growDone: boolean }).__growDone, undefined, (c.settle ?? 0) + 10_000);
  if (c.seedFigure || c.legible) {
    // Settle first: a page that keeps changing makes Isnad wrap its marks anew.
    if (c.settle) await new Promise((r) => setTimeout(r, growing ? 6000 : c.settle));
    const found = await tab.waitFor(pickTarget, { seed: c.seedFigure, attr: TARGET }, 30_000).then(() => '', (e: Error) => e.message);
    if (found) problems.push(`${c.seedFigure ? 'the agreeing figure "5 مليار دولار" is not highlighted' : 'no figure is highlighted'} (${found.slice(0, 200)})`);
  } else if (c.settle) {
    await new Promise((r) => setTimeout(r, c.settle));
  }
  const reading = await tab.evaluate(readPage);
  if (c.seedText) {
    const expected = seed.paragraphs;
    const got = reading.paragraphs.slice(0, expected.length);
    if (JSON.stringify(got) !== JSON.stringify(expected)) problems.push('the article\'s text changed');
  }
  if (growing) {
    const grown = await tab.evaluate(() => (window as unknown as { __grown: number }).__grown);
    const covered = await tab.evaluate(() => [...document.querySelectorAll('article p')].filter((p) => p.textContent?.startsWith('تحديث') && p.querySelector('isnad-mark')).length);
    const passes = await tab.evaluate(() => (window as unknown as { __isnadPasses: number }).__isnadPasses + 1);
    note('pages.growing', `${grown} paragraphs added, ${covered} highlighted, ${passes} highlighting passes`);
    if (covered < grown * 0.95) problems.push(`only ${covered} of ${grown} added paragraphs highlighted`);
    // Batched: at most one pass per MAX_WAIT (2 s) of continuous change, plus the first and the last.
    const allowed = Math.ceil(grown / 100 / 2) + 3;
    if (passes > allowed) problems.push(`${passes} highlighting passes for ${grown / 100} s of changes (at most ${allowed})`);
  }
  if (c.legible) problems.push(...markProblems(await tab.evaluate(lookOfMark, `[${TARGET}]`)));
  if (c.card) {
    await tab.hover(`[${TARGET}]`).catch(() => {});
    const opened = await untilCard(tab, 'the card', true, 3000, CARD_HOST).then(() => true, () => false);
    if (opened) await new Promise((r) => setTimeout(r, 150));
    problems.push(...cardProblems((await tab.inShadow(CARD_HOST, lookOfCard)) ?? NO_CARD));
  }
  await tab.screenshot(shot).catch(() => {});
  if (c.extra) problems.push(...await c.extra(tab));
  return { problems };
}

export function hostileScenarios(browserName: 'chromium' | 'firefox', launch: () => Promise<ExtensionBrowser>): void {
  const cases = HOSTILE_CASES.filter((c) => browserName === 'chromium' || c.firefox);
  describe(`hostile and heavy pages in ${browserName}`, () => {
    let browser: ExtensionBrowser;
    let server: HostileServer;
    const tasks: { page: string; times: TaskTimes }[] = [];

    beforeAll(async () => {
      zero('pages.broken');
      server = await startHostileServer();
      browser = await launch();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (tasks.length) {
        const worst = [...tasks].sort((a, b) => b.times.longestIsnadMs - a.times.longestIsnadMs)[0];
        note('tasks.where', `thread time; longest on "${worst.page}" (wall clock ${Math.round(worst.times.longestIsnadWallMs)} ms on a shared machine; longest page task there, anyone's: ${Math.round(worst.times.longestTaskMs)} ms)`);
      }
    });

    it.each(cases.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
      add('pages.tried');
      const shot = join(SHOTS, `${browserName}-${String(i + 1).padStart(2, '0')}-${c.path.replace(/\W+/g, '-').replace(/^-|-$/g, '')}.png`);
      let problems: string[];
      if (browser.name === 'chromium') {
        const chromium = browser as ChromiumBrowser;
        const tab = await chromium.openPage('about:blank');
        const cdp = await chromium.cdp(tab);
        const { value, events } = await traced(cdp, async () => {
          await chromium.pageOf(tab).goto(server.url(c.path));
          if (c.path.startsWith('/heavy/growing')) await tab.evaluate(recordPasses);
          return judge(tab, c, shot);
        });
        problems = value.problems;
        const times = taskTimes(events, server.origin, browser.origin);
        tasks.push({ page: c.name, times });
        add('tasks.pagesTraced');
        peak('tasks.longestIsnadMs', times.longestIsnadMs);
        peak('tasks.longestIsnadWallMs', times.longestIsnadWallMs);
        if (times.isnadLong.length) problems.push(`Isnad held the page for more than 50 ms: ${JSON.stringify(times.isnadLong)} ([at ms, Isnad ms, task ms])`);
        await cdp.detach().catch(() => {});
        await tab.close();
      } else {
        const tab = await browser.openPage(server.url(c.path));
        problems = (await judge(tab, c, shot)).problems;
        await tab.close();
      }
      if (problems.length) add('pages.broken');
      expect(problems, problems.join('; ')).toEqual([]);
    });
  });
}
