/**
 * The hostile and heavy pages, and what Isnad must still do on each. Shared
 * by the Chromium and Firefox runs (hostile-pages.*.spec.ts).
 */
import { cardIsOpen } from '../e2e/harness/driver.ts';
import type { Tab } from './harness/browsers.ts';
import { CARD_HOST } from './harness/page-checks.ts';
import { EDGE_PARAGRAPHS } from './harness/hostile-server.ts';
import { LONG } from './harness/paths.ts';

export interface HostileCase {
  name: string;
  path: string;
  /** The agreeing figure of seed 002 must be highlighted (its article text is on the page). */
  seedFigure: boolean;
  /** The page's paragraphs must read exactly as the seed's (Isnad changed no text). */
  seedText: boolean;
  /** The hover card must open on hover and be legible. */
  card: boolean;
  /** The highlight must be legible. */
  legible: boolean;
  /** Extra problems this page can show, found in the page. */
  extra?: (tab: Tab) => Promise<string[]>;
  /** How long to let the page run before judging, ms. */
  settle?: number;
  /** Runs in Firefox too (the rest are Chromium only, to keep the run short). */
  firefox?: boolean;
}

const GROW_SECONDS = LONG ? 30 : 10;

export const HOSTILE_CASES: HostileCase[] = [
  { name: 'plain article (baseline)', path: '/hostile/plain.html', seedFigure: true, seedText: true, card: true, legible: true, firefox: true },
  { name: '* { all: unset !important }', path: '/hostile/all-unset.html', seedFigure: true, seedText: true, card: true, legible: true, firefox: true },
  { name: 'dark page forcing its colours', path: '/hostile/dark.html', seedFigure: true, seedText: true, card: true, legible: true },
  { name: 'dir=ltr around Arabic', path: '/hostile/ltr-around-arabic.html', seedFigure: true, seedText: true, card: true, legible: true },
  { name: 'page CSS hiding and defacing Isnad\'s elements', path: '/hostile/restyle-isnad.html', seedFigure: true, seedText: true, card: true, legible: true, firefox: true },
  {
    name: 'page script removing Isnad\'s elements', path: '/hostile/remove-isnad.html', seedFigure: false, seedText: true, card: false, legible: false, settle: 4000,
    // The page wins (it owns its DOM); Isnad must not fight it in a loop, nor lose text.
    extra: async (tab) => {
      const first = await tab.evaluate(() => (window as unknown as { __removed: { marks: number } }).__removed.marks);
      await new Promise((r) => setTimeout(r, 3000));
      const later = await tab.evaluate(() => (window as unknown as { __removed: { marks: number } }).__removed.marks);
      return later > first ? [`Isnad keeps re-adding what the page removes (${first} → ${later} marks removed)`] : [];
    },
  },
  {
    name: 'page replacing JSON.parse, attachShadow, MutationObserver…', path: '/hostile/override-globals.html', seedFigure: true, seedText: true, card: true, legible: true, firefox: true,
    extra: async (tab) => {
      const calls = await tab.evaluate(() => (window as unknown as { __hijacked: string[] }).__hijacked);
      return calls.length ? [`Isnad called the page's replaced globals: ${[...new Set(calls)].join(', ')}`] : [];
    },
  },
  {
    name: 'look-alike Isnad elements', path: '/hostile/lookalikes.html', seedFigure: true, seedText: true, card: true, legible: true,
    extra: async (tab) => {
      await tab.hover('#fake-mark');
      await new Promise((r) => setTimeout(r, 600));
      const opened = await cardIsOpen(tab, CARD_HOST);
      const fakeKept = await tab.evaluate(() => document.querySelector('#fake-mark')?.textContent === 'إعلان: 99% من القراء يصدقون هذا');
      return [...(opened ? ['a fake highlight opened Isnad\'s card'] : []), ...(fakeKept ? [] : ['the page\'s own element was changed'])];
    },
  },
  { name: 'strict Content-Security-Policy with Trusted Types', path: '/hostile/strict-csp.html', seedFigure: true, seedText: true, card: true, legible: true, firefox: true },
  { name: 'iframes around the article', path: '/hostile/iframes.html', seedFigure: true, seedText: true, card: true, legible: true },
  // Known limit: the page's window listeners run before any listener of a content script
  // injected at document_idle and stop the events, so the hover card cannot open there
  // (the highlights and the popup still work). Only a listener at document_start would see them.
  { name: 'page swallowing pointer and focus events', path: '/hostile/stop-events.html', seedFigure: true, seedText: true, card: false, legible: true },
  {
    name: 'article among 50,000 nodes', path: '/heavy/nodes.html', seedFigure: true, seedText: true, card: true, legible: true, firefox: true,
    extra: async (tab) => {
      const nodes = await tab.evaluate(() => {
        let n = 0;
        const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
        while (walker.nextNode()) n++;
        return n;
      });
      return nodes >= 50_000 ? [] : [`the page has only ${nodes} nodes`];
    },
  },
  {
    // seedFigure: with a thousand more figures on the page, the seed's own source may fall out of the candidates.
    name: `100 paragraphs a second for ${GROW_SECONDS} s`, path: `/heavy/growing.html?s=${GROW_SECONDS}`, seedFigure: false, seedText: false, card: true, legible: true,
    settle: GROW_SECONDS * 1000 + 6000,
  },
  {
    name: 'text edge cases (bidi, joiners, NFD, Persian, surrogates, emoji)', path: '/edge/text.html', seedFigure: false, seedText: false, card: true, legible: true, firefox: true,
    extra: async (tab) => {
      const got = await tab.evaluate(() => [...document.querySelectorAll('article p:not(.byline)')].slice(0, 8).map((p) => ({
        text: p.textContent ?? '', figures: [...p.querySelectorAll('isnad-mark[data-isnad-kind="number"]')].map((m) => m.textContent ?? ''),
      })));
      const problems: string[] = [];
      // Lone surrogates cannot travel in UTF-8: the page holds U+FFFD in their place.
      EDGE_PARAGRAPHS.forEach((want, i) => {
        if (got[i]?.text !== want.replace(/[\uD800-\uDFFF]/gu, '\uFFFD')) problems.push(`edge paragraph ${i + 1}: text changed`);
        if (!got[i]?.figures.length) problems.push(`edge paragraph ${i + 1}: no figure highlighted`);
        for (const f of got[i]?.figures ?? []) if (!got[i].text.includes(f)) problems.push(`edge paragraph ${i + 1}: mark "${f}" is not in its text`);
      });
      return problems;
    },
  },
  {
    name: 'a paragraph of one megabyte', path: '/edge/megabyte.html', seedFigure: false, seedText: false, card: true, legible: true, settle: 3000,
    extra: async (tab) => {
      const { big, lead } = await tab.evaluate(() => {
        const ps = [...document.querySelectorAll('article p')];
        const p = ps.find((x) => (x.textContent ?? '').length > 500_000);
        // The seed's first paragraph stands above the big one: its figure must be highlighted too.
        const first = ps.find((x) => (x.textContent ?? '').includes('مليارات'));
        return {
          big: p ? { length: p.textContent!.length, marks: p.querySelectorAll('isnad-mark').length } : null,
          lead: first ? [...first.querySelectorAll('isnad-mark')].map((m) => m.textContent) : null,
        };
      });
      if (!big || !lead) return ['a paragraph of the page is gone'];
      return [
        ...(big.length === 1_000_000 ? [] : [`the paragraph has ${big.length} characters`]),
        ...(big.marks > 100 ? [] : [`only ${big.marks} highlights in it`]),
        ...(lead.some((t) => t?.includes('مليارات دولار')) ? [] : [`the paragraph above it lost its figure (highlights: ${lead.join(', ') || 'none'})`]),
      ];
    },
  },
];
