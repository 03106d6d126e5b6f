// @vitest-environment happy-dom
/**
 * Every payload through every component that shows page or corpus text:
 * the hover card, the popup (counts, conflict pairs, claim groups) and the
 * options page (article list and article text), rendered by the real
 * components with the real messaging code over a fake browser API. Each
 * payload must come out as its exact text, with no element, handler or
 * non-http(s) link made from it. The real browsers repeat this on the built
 * extension (security-*.spec.ts); this tier is fast and exhaustive.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ClaimMatch } from '../../src/engine/match/types.ts';
import type { Claim, ClaimKind } from '../../src/engine/types.ts';
import type { ArticleSummary, PageClaim, PageReport } from '../../src/platform/protocol.ts';
import { add, peak, zero } from './harness/counters.ts';
import { ROOT } from './harness/paths.ts';
import { checkSurface, type SurfaceReport } from './harness/surface-check.ts';
import { payloads, UI_TAGS, type Payload } from './payloads.ts';

const messages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
const answers = new Map<string, (payload: Record<string, unknown>) => unknown>();

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'isnad-id',
      getURL: (p: string) => `chrome-extension://isnad-id${p}`,
      sendMessage: async (m: { isnad: string; payload: Record<string, unknown> }) => ({ ok: true, value: answers.get(m.isnad)?.(m.payload) }),
      onMessage: { addListener() {}, removeListener() {} },
      openOptionsPage: async () => {},
    },
    tabs: {
      sendMessage: async (_tab: number, m: { isnad: string; payload: Record<string, unknown> }) => ({ ok: true, value: answers.get(m.isnad)?.(m.payload) }),
      query: async () => [{ id: 7 }],
    },
    i18n: {
      getMessage: (key: string, subs: string[] = []) =>
        key === '@@bidi_dir' ? 'ltr' : (messages[key]?.message ?? '').replace(/\$(\d)/g, (_m, d: string) => subs[Number(d) - 1] ?? ''),
    },
    storage: {
      local: { get: async () => ({}), set: async () => {} },
      onChanged: { addListener() {}, removeListener() {} },
    },
    extension: { inIncognitoContext: false },
  },
}));

const { HoverCard } = await import('../../src/ui/hover-card.tsx');
const { PopupApp } = await import('../../src/popup/popup-app.tsx');
const { OptionsApp } = await import('../../src/options/options-app.tsx');

const { localizeDocument } = await import('../../src/platform/i18n.ts');
// What popup/main.tsx and options/main.tsx do first.
localizeDocument(document);

const LIST = payloads();
const KINDS: ClaimKind[] = ['number', 'person', 'place', 'organization', 'quote'];
const VERDICTS = ['agrees', 'conflicts', 'related'] as const;

/** A page claim whose own text, sentence, and source (title, outlet, sentence, URL) all carry payload `p`. */
function claimFor(p: Payload, i: number): PageClaim {
  const kind = KINDS[i % KINDS.length];
  const figure = kind === 'quote' ? p.text : `${120 + i} قتيلا`;
  const sentence = `أعلنت الوزارة أن ${figure} سقطوا في ${p.text} حسب البيان.`;
  const claim = { kind, text: figure, start: 0, end: figure.length, sentence: 0, key: `k${i}` } as Claim;
  const at = sentence.indexOf(figure);
  const match: ClaimMatch = {
    verdict: VERDICTS[i % VERDICTS.length],
    score: 0.8,
    text: figure,
    statement: sentence,
    emphasis: { start: at, end: at + figure.length },
    article: {
      id: i + 1,
      title: `عنوان ${p.text}`,
      outlet: p.text,
      // Every other source has a URL that is not a web link: it must not become one.
      url: i % 2 ? `https://news${i}.example/a?q=${encodeURIComponent(p.text)}` : p.text,
      published: i % 3 ? '2024-08-12T09:00:00Z' : p.text,
    },
  };
  return {
    id: i,
    report: { claim, matches: [match], sources: 1 },
    verdict: match.verdict === 'related' && kind === 'number' ? 'none' : match.verdict,
    sentence: { text: sentence, emphasis: { start: at, end: at + figure.length } },
  };
}

function surface(root: string, list: Payload[]): SurfaceReport {
  const report = checkSurface({ root, payloads: list, allowed: UI_TAGS });
  add('payloads.renderings', report.shown.length);
  add('payloads.injectedElements', report.injected.length);
  add('links.nonHttp', report.badLinks.length);
  if (report.pwned) add('payloads.executed');
  return report;
}

const settle = async (rounds = 5) => {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
};

afterEach(() => {
  render(null, document.body);
  document.body.replaceChildren();
  answers.clear();
});

describe('payloads shown by Isnad\'s components stay text', () => {
  zero('payloads.executed', 'payloads.injectedElements', 'links.nonHttp', 'payloads.overflowing');
  it(`generates at least 200 distinct payloads (${LIST.length})`, () => {
    peak('payloads.distinct', LIST.length);
    expect(LIST.length).toBeGreaterThanOrEqual(200);
    expect(new Set(LIST.map((p) => p.text)).size).toBe(LIST.length);
  });

  it('the hover card', () => {
    const mount = document.createElement('div');
    mount.id = 'card';
    document.body.append(mount);
    const shown = new Set<string>();
    for (const [i, p] of LIST.entries()) {
      render(h(HoverCard, { claim: claimFor(p, i), onClose: () => {} }), mount);
      const r = surface('#card', [p]);
      for (const id of r.shown) shown.add(id);
      expect(r.injected, p.family).toEqual([]);
      expect(r.badLinks, p.family).toEqual([]);
      expect(r.pwned).toBeNull();
      // A non-http(s) source URL is shown without a link; an http one gets one.
      expect(mount.querySelectorAll('a').length).toBe(i % 2);
    }
    expect(shown.size).toBe(LIST.length);
  });

  it('the popup', async () => {
    const claims = LIST.map(claimFor);
    const report: PageReport = {
      status: 'error', url: `https://x.example/?q=${LIST[0].text}`, host: LIST[1].text, title: LIST[2].text,
      incognito: false, claims, corpusSize: 250, error: LIST[3].text,
    };
    answers.set('ui-to-content:page-report', () => report);
    answers.set('ui-to-background:corpus-stats', () => ({ articles: 250, statements: 0, keys: 0, byOrigin: { seed: 0, page: 0, import: 250 }, schemaVersion: 2 }));
    const app = document.createElement('div');
    app.id = 'app';
    document.body.append(app);
    render(h(PopupApp, { tab: Promise.resolve(7) }), app);
    await vi.waitFor(() => expect(document.querySelectorAll('.claim').length).toBe(claims.length), { timeout: 5000 });
    const r = surface('#app', LIST);
    expect(r.injected).toEqual([]);
    expect(r.badLinks).toEqual([]);
    expect(r.pwned).toBeNull();
    expect(r.shown.length).toBe(LIST.length);
  });

  it('the options page: article list and article text', async () => {
    const articles: ArticleSummary[] = LIST.map((p, i) => ({
      id: i + 1, url: i % 2 ? `https://o${i}.example/` : p.text, title: p.text, outlet: `وكالة ${p.text}`,
      published: p.text, addedAt: 1_700_000_000_000, origin: 'import',
    }));
    answers.set('ui-to-background:list-articles', (q) => ({ total: articles.length, articles: articles.slice(q.offset as number, (q.offset as number) + (q.limit as number)) }));
    answers.set('ui-to-background:get-article', (q) => ({ ...articles[(q.id as number) - 1], text: `${LIST[(q.id as number) - 1].text}\nنص الخبر` }));
    answers.set('ui-to-background:corpus-stats', () => ({ articles: articles.length, statements: 1, keys: 1, byOrigin: { seed: 0, page: 0, import: 0 }, schemaVersion: 2 }));
    const app = document.createElement('div');
    app.id = 'app';
    document.body.append(app);
    render(h(OptionsApp, {}), app);
    const shown = new Set<string>();
    const pages = Math.ceil(articles.length / 20);
    for (let page = 0; page < pages; page++) {
      await vi.waitFor(() => expect(document.querySelector('.article')?.getAttribute('data-article')).toBe(String(page * 20 + 1)), { timeout: 5000 });
      for (const button of document.querySelectorAll<HTMLButtonElement>('.article .open')) button.click();
      await vi.waitFor(() => expect(document.querySelectorAll('.article-text').length).toBe(document.querySelectorAll('.article').length), { timeout: 5000 });
      const r = surface('#app', LIST);
      for (const id of r.shown) shown.add(id);
      expect(r.injected).toEqual([]);
      expect(r.badLinks).toEqual([]);
      expect(r.pwned).toBeNull();
      document.querySelectorAll<HTMLButtonElement>('.pager button')[1]?.click();
      await settle();
    }
    expect(shown.size).toBe(LIST.length);
  });
});
