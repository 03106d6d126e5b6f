/**
 * The background's two answers about a page (check-page, then
 * page-verdicts) against a real corpus on fake-indexeddb: together they
 * give exactly what one cross-referenced answer gave, from one analysis.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageClaim } from '../../src/platform/protocol.ts';
import { MAX_PAGE_CHARS } from '../../src/platform/protocol.ts';
import { openStore, story, type TestStore } from '../store/helpers.ts';

const state = vi.hoisted(() => ({ store: null as TestStore | null, unavailable: null as Error | null, analyses: 0 }));

vi.mock('webextension-polyfill', async () => {
  const { fakeStorage } = await import('./fake-storage.ts');
  return { default: { runtime: { id: 'isnad-id', getURL: (p: string) => `chrome-extension://isnad-id${p}` }, storage: fakeStorage() } };
});
vi.mock('../../src/background/corpus-access.ts', () => ({
  corpus: async () => {
    if (state.unavailable) throw state.unavailable;
    return state.store!.corpus;
  },
}));
vi.mock('../../src/engine/index.ts', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../src/engine/index.ts')>();
  return {
    ...engine,
    analyzeBlocks: (...args: Parameters<typeof engine.analyzeBlocks>) => {
      state.analyses++;
      return engine.analyzeBlocks(...args);
    },
  };
});

const { pageHandlers } = await import('../../src/background/page-handlers.ts');
const { analyzeBlocks } = await import('../../src/engine/index.ts');
const { crossReference } = await import('../../src/store/cross-reference.ts');
const { firstClaims, pageClaims, MAX_PAGE_CLAIMS } = await import('../../src/background/page-claims.ts');
const { withVerdicts } = await import('../../src/content/page/claim-verdicts.ts');

const PAGE_URL = 'https://alsabah.example/sudan-floods';
const sender = (tabId = 4, incognito = false) => ({ id: 'isnad-id', url: PAGE_URL, tab: { id: tabId, incognito } as never, frameId: 0 });
const sabah = story('sabah-conflict').split('\n').filter((l) => l.trim());
const page = { url: PAGE_URL, title: sabah[0], blocks: sabah.slice(1) };

const check = (req: typeof page & { lead?: number; rest?: number[] } = page, from = sender()) => pageHandlers['content-to-background:check-page'](req, from);
const rest = (id: number, from = sender()) => pageHandlers['content-to-background:page-rest']({ check: id }, from);
const text = (id: number, piece: string, from = sender()) => pageHandlers['content-to-background:page-text']({ check: id, piece }, from);
const verdicts = (id: number, from = sender()) => pageHandlers['content-to-background:page-verdicts']({ check: id }, from);

async function withNahar(): Promise<TestStore> {
  state.store = await openStore();
  await state.store.corpus.addArticle({ text: story('nahar-digits'), url: 'https://nahar.example/sudan-floods', outlet: 'النهار', origin: 'page' });
  return state.store;
}

afterEach(() => {
  state.store?.close();
  state.store = null;
  state.unavailable = null;
});

describe('check-page, then page-verdicts', () => {
  it('answers the claims first, all pending, then their sources: the same claims as one cross-referenced answer', async () => {
    const store = await withNahar();
    const first = await check();
    expect(first.claims.length).toBeGreaterThan(3);
    expect(first.text).toBe([page.title, ...page.blocks].join('\n'));
    for (const c of first.claims) {
      expect(c.verdict).toBe('pending');
      expect(c.report.matches).toEqual([]);
      expect(first.text.slice(c.report.claim.start, c.report.claim.end)).toBe(c.report.claim.text);
    }
    const second = await verdicts(first.check);
    expect(second.check).toBe(first.check);
    expect(second.corpusSize).toBe(1);
    expect(second.corpusError).toBeUndefined();
    const ids = new Set(first.claims.map((c) => c.id));
    for (const v of second.verdicts) expect(ids.has(v.id)).toBe(true);

    const judged: PageClaim[] = withVerdicts(first.claims, second);
    const analysis = firstClaims(analyzeBlocks(page.blocks, page.title));
    const oneStep = pageClaims(analysis, await crossReference(store.corpus, analysis, { url: PAGE_URL }));
    expect(judged).toEqual(oneStep);
    const toll = judged.find((c) => c.report.claim.text.includes('121'))!;
    expect(toll.verdict).toBe('conflicts');
    expect(toll.report.matches[0].article.outlet).toBe('النهار');
  });

  it('answers a lead first and the rest after: together the claims and sources of one answer for the whole page', async () => {
    const store = await withNahar();
    const first = await check({ ...page, lead: 1 });
    expect(first.complete).toBe(false);
    expect(first.text).toBe([page.title, page.blocks[0]].join('\n'));
    expect(first.claims.length).toBeGreaterThan(0);
    const more = await rest(first.check);
    expect(more.replaced).toBe(false);
    expect(more.text).toBe([page.title, ...page.blocks].join('\n'));
    const all = [...first.claims, ...more.claims];
    expect(all.map((c) => c.id)).toEqual(all.map((_, i) => i));
    const whole = firstClaims(analyzeBlocks(page.blocks, page.title));
    expect(all).toEqual(pageClaims(whole, []).map((c) => ({ ...c, verdict: 'pending' })));
    const judged = withVerdicts(all, await verdicts(first.check));
    expect(judged).toEqual(pageClaims(whole, await crossReference(store.corpus, whole, { url: PAGE_URL })));
  });

  it('takes a long page\'s rest in pieces cut anywhere: the same claims and sources as the page sent whole', async () => {
    const store = await withNahar();
    const [lead, ...others] = page.blocks;
    const joined = others.join('');
    // Pieces of 37 characters cut blocks, and words, in two.
    const pieces = Array.from({ length: Math.ceil(joined.length / 37) }, (_, i) => joined.slice(i * 37, i * 37 + 37));
    const first = await check({ ...page, blocks: [lead], lead: 1, rest: others.map((b) => b.length) });
    expect(first.complete).toBe(false);
    const judging = verdicts(first.check);
    let last = { received: 0, expected: 0 };
    for (const p of pieces) last = await text(first.check, p);
    expect(last).toEqual({ received: joined.length, expected: joined.length });
    const more = await rest(first.check);
    expect(more.text).toBe([page.title, ...page.blocks].join('\n'));
    const whole = firstClaims(analyzeBlocks(page.blocks, page.title));
    const all = [...first.claims, ...more.claims];
    expect(all).toEqual(pageClaims(whole, []).map((c) => ({ ...c, verdict: 'pending' })));
    expect(withVerdicts(all, await judging)).toEqual(pageClaims(whole, await crossReference(store.corpus, whole, { url: PAGE_URL })));
  });

  it('lets go of a check whose text never came in full: its sources fail as expired once the page checks again', async () => {
    await withNahar();
    const [lead, ...others] = page.blocks;
    const first = await check({ ...page, blocks: [lead], lead: 1, rest: others.map((b) => b.length) });
    await text(first.check, others[0]);
    const judging = verdicts(first.check);
    const again = await check(page);
    await expect(judging).rejects.toMatchObject({ name: 'PageCheckExpired' });
    expect((await verdicts(again.check)).verdicts.length).toBeGreaterThan(0);
  });

  it('gives a private tab\'s long page its rest and its sources, asked for once the text is in', async () => {
    await withNahar();
    const [lead, ...others] = page.blocks;
    const from = sender(8, true);
    const first = await check({ ...page, blocks: [lead], lead: 1, rest: others.map((b) => b.length) }, from);
    await text(first.check, others.join(''), from);
    const more = rest(first.check, from);
    const judged = verdicts(first.check, from);
    expect((await more).text).toBe([page.title, ...page.blocks].join('\n'));
    expect((await judged).verdicts.length).toBeGreaterThan(0);
    await expect(rest(first.check, from)).rejects.toMatchObject({ name: 'PageCheckExpired' });
  });

  it('refuses text past the announced lengths, text for a check that expects none, and text from another tab', async () => {
    await withNahar();
    const first = await check({ ...page, blocks: [], lead: 0, rest: [5] });
    expect(first.claims.every((c) => c.report.claim.start < page.title.length)).toBe(true);
    await expect(text(first.check, 'أكثر من خمسة')).rejects.toMatchObject({ name: 'PageTextMismatch' });
    await expect(text(first.check, 'خمسة', sender(5))).rejects.toMatchObject({ name: 'PageCheckExpired' });
    expect(await text(first.check, 'خمسة ')).toEqual({ received: 5, expected: 5 });
    await expect(text(first.check, 'x')).rejects.toMatchObject({ name: 'PageTextMismatch' });
    const whole = await check({ ...page, lead: 1 });
    await expect(text(whole.check, 'نص')).rejects.toMatchObject({ name: 'PageTextMismatch' });
    await expect(check({ ...page, blocks: [], rest: [MAX_PAGE_CHARS, 1] })).rejects.toMatchObject({ name: 'PageTextMismatch' });
  });

  it('sends every claim again when the whole page reads the lead differently', async () => {
    await withNahar();
    // A surname in the headline is a person once the full name comes further down.
    const blocks = [page.blocks[0], 'وقال رئيس الاتحاد الأوروبي لكرة القدم ميشيل بلاتيني إن الاتهامات باطلة.'];
    const first = await check({ url: PAGE_URL, title: 'بلاتيني يرد على اتهامات الفساد', blocks, lead: 1 });
    expect(first.claims.some((c) => c.report.claim.text === 'بلاتيني')).toBe(false);
    const more = await rest(first.check);
    expect(more.replaced).toBe(true);
    expect(more.claims[0].report.claim.text).toBe('بلاتيني');
    expect(more.claims.map((c) => c.id)).toEqual(more.claims.map((_, i) => i));
  });

  it('keeps a private tab\'s check for its verdicts after the rest of its claims', async () => {
    await withNahar();
    const first = await check({ ...page, lead: 1 }, sender(7, true));
    await rest(first.check, sender(7, true));
    expect((await verdicts(first.check, sender(7, true))).verdicts.length).toBeGreaterThan(0);
    await expect(rest(first.check, sender(7, true))).rejects.toMatchObject({ name: 'PageCheckExpired' });
  });

  it('analyses nothing on a site the reader switched off, and gives the chosen kinds where it is on', async () => {
    const { updateSettings } = await import('../../src/platform/settings.ts');
    await withNahar();
    const before = state.analyses;
    await updateSettings((s) => ({ ...s, disabledSites: ['alsabah.example'] }));
    await expect(check()).rejects.toMatchObject({ name: 'SiteOff' });
    expect(state.analyses).toBe(before);
    // Switched on again (storage tells the background), with names only.
    await updateSettings((s) => ({ ...s, disabledSites: [], kinds: ['person'] }));
    const first = await check();
    expect(first.kinds).toEqual(['person']);
    expect(state.analyses).toBe(before + 1);
    await updateSettings((s) => ({ ...s, kinds: ['number', 'person', 'place', 'organization', 'quote'] }));
  });

  it('analyses the page once for both answers, and not again when the corpus changes', async () => {
    await withNahar();
    const before = state.analyses;
    const first = await check();
    await verdicts(first.check);
    // A corpus change asks for the same check's verdicts again.
    await verdicts(first.check);
    expect(state.analyses - before).toBe(1);
  });

  it('gives a check\'s sources to no other tab', async () => {
    await withNahar();
    const first = await check();
    await expect(verdicts(first.check, sender(5))).rejects.toMatchObject({ name: 'PageCheckExpired' });
  });

  it('keeps a private tab\'s analysis only until its sources are taken', async () => {
    await withNahar();
    const first = await check(page, sender(6, true));
    expect((await verdicts(first.check, sender(6, true))).verdicts.length).toBeGreaterThan(0);
    await expect(verdicts(first.check, sender(6, true))).rejects.toMatchObject({ name: 'PageCheckExpired' });
  });

  it('never offers the page itself as its own source', async () => {
    const store = await withNahar();
    await store.corpus.addArticle({ text: [page.title, ...page.blocks].join('\n'), url: PAGE_URL, outlet: 'الصباح', origin: 'page' });
    const first = await check();
    const second = await verdicts(first.check);
    const urls = second.verdicts.flatMap((v) => v.matches.map((m) => m.article.url));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls).not.toContain(PAGE_URL);
  });

  it('highlights without a corpus: the claims come first as ever, the verdicts say why there are no sources', async () => {
    state.unavailable = new Error('this browser profile does not let Isnad store data');
    const first = await check();
    expect(first.claims.length).toBeGreaterThan(3);
    const second = await verdicts(first.check);
    expect(second).toEqual({ check: first.check, verdicts: [], corpusSize: 0, corpusError: 'this browser profile does not let Isnad store data' });
  });

  it('sends at most MAX_PAGE_CLAIMS claims, and judges only those', async () => {
    await withNahar();
    const blocks = Array.from({ length: 310 }, (_, i) => `أصيب ${i + 10} شخصا في الحادث. `.repeat(10));
    const first = await check({ url: PAGE_URL, title: '', blocks });
    expect(first.claims).toHaveLength(MAX_PAGE_CLAIMS);
    const second = await verdicts(first.check);
    expect(second.verdicts.every((v) => v.id < MAX_PAGE_CLAIMS)).toBe(true);
  });
});
