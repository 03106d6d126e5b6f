// @vitest-environment happy-dom
/**
 * While a page's sources are being looked up, the hover card and the popup
 * say so, and never that a claim has no source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageReport } from '../../src/platform/protocol.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const messages = {
  en: JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>,
  ar: JSON.parse(readFileSync(join(ROOT, 'public/_locales/ar/messages.json'), 'utf8')) as Record<string, { message: string }>,
};
const ui = vi.hoisted(() => ({ report: null as unknown }));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'isnad-id',
      getURL: (p: string) => `chrome-extension://isnad-id${p}`,
      sendMessage: async () => ({ ok: true, value: { articles: 3 } }),
      onMessage: { addListener() {}, removeListener() {} },
    },
    tabs: { sendMessage: async () => ({ ok: true, value: ui.report }) },
    i18n: { getMessage: (key: string) => (key === '@@bidi_dir' ? 'ltr' : messages.en[key]?.message ?? '') },
    storage: { local: { get: async () => ({}), set: async () => {} }, onChanged: { addListener() {}, removeListener() {} } },
    extension: { inIncognitoContext: false },
  },
}));

const { HoverCard } = await import('../../src/ui/hover-card.tsx');
const { PopupApp } = await import('../../src/popup/popup-app.tsx');
const { analyzeBlocks } = await import('../../src/engine/index.ts');
const { pendingClaims } = await import('../../src/background/page-claims.ts');
const { withVerdicts } = await import('../../src/content/page/claim-verdicts.ts');
const { localizeDocument } = await import('../../src/platform/i18n.ts');
// What popup/main.tsx does first.
localizeDocument(document);

const claims = pendingClaims(analyzeBlocks(['أعلنت وزارة الداخلية السودانية ارتفاع حصيلة ضحايا الفيضانات إلى 121 قتيلا و2059 مصابا.'], 'الفيضانات في السودان'));
const toll = claims.find((c) => c.report.claim.text.includes('121'))!;
const en = (key: string) => messages.en[key].message;

const root = () => document.body.appendChild(document.createElement('div'));
const tick = () => new Promise((r) => setTimeout(r, 20));

afterEach(() => {
  document.body.innerHTML = '';
  delete document.body.dataset.state;
});

describe('sources still being looked up', () => {
  it('the hover card says sources are being looked up, not that there are none', () => {
    const el = root();
    render(h(HoverCard, { claim: toll, onClose: () => {} }), el);
    expect(el.textContent).toContain(en('sourcesPending'));
    expect(el.textContent).toContain(en('verdictPending'));
    expect(el.textContent).not.toContain(en('noSourceInCorpus'));
    expect(el.textContent).not.toContain(en('verdictNone'));
    expect(el.querySelector('[role="status"]')?.textContent).toBe(en('sourcesPending'));
  });

  it('once judged, the same card says when no article reports the claim', () => {
    const el = root();
    const judged = withVerdicts([toll], { verdicts: [] })[0];
    render(h(HoverCard, { claim: judged, onClose: () => {} }), el);
    expect(el.textContent).toContain(en('noSourceInCorpus'));
    expect(el.textContent).not.toContain(en('sourcesPending'));
  });

  it('the popup lists the claims and says their sources are being looked up, and keeps asking', async () => {
    const report: PageReport = {
      status: 'working', url: 'https://alsabah.example/floods', host: 'alsabah.example', title: 'الفيضانات',
      incognito: false, claims, corpusSize: 0,
    };
    ui.report = report;
    const el = root();
    render(h(PopupApp, { tab: Promise.resolve(7) }), el);
    for (let i = 0; i < 50 && !el.querySelector('.claim'); i++) await tick();
    expect(el.querySelectorAll('.claim')).toHaveLength(claims.length);
    expect(el.querySelector('[data-state="sources-pending"]')?.textContent).toBe(en('sourcesPending'));
    for (const item of el.querySelectorAll('.claim')) {
      expect(item.textContent).toContain(en('verdictPending'));
      expect(item.textContent).not.toContain(en('verdictNone'));
    }
    // Nothing is counted as without a source before the sources are known.
    expect(el.querySelector('[data-count="claims"] dd')?.textContent).toBe(String(claims.length));
    for (const key of ['agrees', 'conflicts', 'none']) expect(el.querySelector(`[data-count="${key}"] dd`)?.textContent).toBe('…');
    // Still 'working': the popup keeps asking until the verdicts are in.
    for (let i = 0; i < 50 && document.body.dataset.state === 'loading'; i++) await tick();
    expect(document.body.dataset.state).toBe('working');
    render(null, el);
  });

  it('both locales name the pending state', () => {
    for (const lang of ['ar', 'en'] as const) {
      for (const key of ['sourcesPending', 'verdictPending']) expect(messages[lang][key]?.message, `${lang} ${key}`).toBeTruthy();
    }
    expect(messages.ar.sourcesPending.message).toMatch(/[\u0600-\u06FF]/);
  });
});
