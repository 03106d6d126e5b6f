import { afterEach, describe, expect, it } from 'vitest';
import { analyzeText, statementKeys } from '../../src/engine/index.ts';
import { kthLargest } from '../../src/store/candidates.ts';
import { CHUNK_SIZE } from '../../src/store/postings.ts';
import { allStatements, checkIndex, openStore, shortArticle, story, type TestStore } from './helpers.ts';

let store: TestStore;
afterEach(() => store?.close());

/** How many stored statements carry each key. */
async function keyCounts(s: TestStore): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const st of await allStatements(s.raw)) for (const k of st.keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

async function fillers(s: TestStore, n: number, from = 0): Promise<number[]> {
  const results = await s.corpus.addArticles(Array.from({ length: n }, (_, i) => ({ text: shortArticle(from + i), url: `https://example.com/${from + i}`, origin: 'import' as const })));
  return results.map((r) => r.id);
}

describe('Corpus.candidates', () => {
  it('ranks a statement sharing one rare key above statements sharing several common keys', async () => {
    store = await openStore();
    await fillers(store, 30);
    const nahar = await store.corpus.addArticle({ text: story('nahar-digits'), origin: 'page' });
    const counts = await keyCounts(store);
    const common = [...counts].filter(([, n]) => n >= 25).map(([k]) => k);
    expect(common.length).toBeGreaterThanOrEqual(2);
    const naharStatements = await store.corpus.getStatements(nahar.id);
    const rare = naharStatements.flatMap((s) => s.keys).find((k) => counts.get(k) === 1)!;
    expect(rare).toBeDefined();

    const found = await store.corpus.candidates([...common.slice(0, 2), rare]);
    expect(found[0].articleId).toBe(nahar.id);
    expect(found[0].article).toMatchObject({ id: nahar.id, title: expect.stringContaining('112') });
    // A plain count of shared keys would put a filler sharing both common keys first.
    const filler = found.find((c) => c.articleId !== nahar.id && c.sharedKeys === 2);
    expect(filler).toBeDefined();
    expect(found[0].sharedKeys).toBeLessThan(filler!.sharedKeys);
    expect(found[0].score).toBeGreaterThan(filler!.score);
    for (let i = 1; i < found.length; i++) expect(found[i - 1].score).toBeGreaterThanOrEqual(found[i].score);
  });

  it('finds the other outlets of a story from a page analysis, never the page article itself when excluded', async () => {
    store = await openStore();
    await fillers(store, 20);
    const nahar = await store.corpus.addArticle({ text: story('nahar-digits'), origin: 'page' });
    const sabah = await store.corpus.addArticle({ text: story('sabah-conflict'), origin: 'page' });
    const page = analyzeText(story('nahar-digits'));
    const keys = page.sentences.flatMap((_, i) => statementKeys(page, i));

    const own = await store.corpus.candidates(keys, { limit: 5 });
    expect(own[0].articleId).toBe(nahar.id);

    const others = await store.corpus.candidates(keys, { excludeArticleIds: [nahar.id], limit: 5 });
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((c) => c.articleId !== nahar.id)).toBe(true);
    expect(others[0].articleId).toBe(sabah.id);
    const top = others[0];
    expect(top.text.length).toBeGreaterThan(10);
    expect(top.claims.length).toBeGreaterThan(0);
    expect(top.sharedKeys).toBeGreaterThan(0);
    expect(top.article.fingerprint).toHaveLength(32);
    expect(others.length).toBeLessThanOrEqual(5);
  });

  it('leaves keys over the common-key cap out of the lookup but uses them to rescore', async () => {
    store = await openStore({ commonKeyCap: 10 });
    await fillers(store, 20);
    const nahar = await store.corpus.addArticle({ text: story('nahar-digits'), origin: 'page' });
    const counts = await keyCounts(store);
    const naharKeys = (await store.corpus.getStatements(nahar.id)).map((s) => s.keys);
    const withCommon = naharKeys.find((ks) => ks.some((k) => (counts.get(k) ?? 0) > 10) && ks.some((k) => counts.get(k) === 1));
    expect(withCommon).toBeDefined();
    const common = withCommon!.find((k) => (counts.get(k) ?? 0) > 10)!;
    const rare = withCommon!.find((k) => counts.get(k) === 1)!;

    expect(await store.corpus.candidates([common])).toEqual([]);
    const found = await store.corpus.candidates([common, rare]);
    expect(found.map((c) => c.articleId)).toEqual([nahar.id]);
    expect(found[0].sharedKeys).toBe(2);
  });

  it('returns nothing for unknown keys and respects the limit', async () => {
    store = await openStore();
    await fillers(store, 5);
    expect(await store.corpus.candidates(['num:?:424242424242', 'place:لا-يوجد'])).toEqual([]);
    expect(await store.corpus.candidates([])).toEqual([]);
    const counts = await keyCounts(store);
    const any = [...counts.keys()];
    expect((await store.corpus.candidates(any, { limit: 2 })).length).toBe(2);
  });

  it('keeps a key spread over several chunks exact through adds, updates and deletes', async () => {
    store = await openStore({ commonKeyCap: 1_000_000 });
    const ids = await fillers(store, CHUNK_SIZE + 90);
    const counts = await keyCounts(store);
    const [big, df] = [...counts].sort((a, b) => b[1] - a[1])[0];
    expect(df).toBeGreaterThan(CHUNK_SIZE);
    expect((await store.raw.postings.get([big, 0]))!.full).toBeGreaterThanOrEqual(1);

    await store.corpus.deleteArticle(ids[3]);
    await store.corpus.deleteArticle(ids[ids.length - 1]);
    const edited = await store.corpus.addArticle({ text: shortArticle(5).replace('أصيبوا', 'أصيبوا بجروح'), url: 'https://example.com/5', origin: 'import' });
    expect(edited).toEqual({ id: ids[5], status: 'updated' });
    const added = await store.corpus.addArticle({ text: `${shortArticle(7)}\nوأكد المتحدث أن 9999 عنصرا شاركوا في عمليات الإنقاذ.`, origin: 'import' });
    expect(added.status).toBe('added');
    expect(await checkIndex(store.raw)).toEqual([]);

    const found = await store.corpus.candidates([big], { limit: 5000 });
    const expected = (await allStatements(store.raw)).filter((s) => s.keys.includes(big)).length;
    expect(found.length).toBe(expected);
    expect(found.some((c) => c.articleId === ids[3])).toBe(false);
  });

  it('ranks the statements of an article that shares several of the keys above an equally rare match in an unrelated article', async () => {
    store = await openStore();
    const travel = await store.corpus.addArticle({ text: 'حركة السفر في العيد\nنقلت شركة الطيران 5120 مسافرا خلال عطلة العيد.', origin: 'import' });
    const floods = await store.corpus.addArticle({
      text: 'السيول في سنار\nارتفعت حصيلة ضحايا السيول في ولاية سنار إلى 87 قتيلا.\nوخصصت الحكومة 340 مليون جنيه لإعادة إعمار المنازل المتضررة.',
      origin: 'import',
    });
    const keys = ['num:person:5120', 'num:killed:87', 'num:pound:340000000'];
    // Each key is carried by one statement: alone, the three weigh the same and the older article comes first.
    const flat = await store.corpus.candidates(keys, { articleWeight: 0 });
    expect(flat.map((c) => c.articleId)).toEqual([travel.id, floods.id, floods.id]);
    expect(flat[0].score).toBeCloseTo(flat[1].score, 9);
    const ranked = await store.corpus.candidates(keys);
    expect(ranked.map((c) => c.articleId)).toEqual([floods.id, floods.id, travel.id]);
    expect(ranked[0].score).toBeGreaterThan(ranked[2].score);
  });

  it('rescores no further down than the pool: a statement lifted only by a common key needs room in it', async () => {
    store = await openStore({ commonKeyCap: 10 });
    await fillers(store, 20);
    const vaccine = await store.corpus.addArticle({ text: 'وزارة الصحة في مدني\nأعلنت وزارة الصحة في مدني أن 9137 شخصا تلقوا اللقاح خلال الحملة.', origin: 'import' });
    const injured = await store.corpus.addArticle({ text: 'الدفاع المدني في الخرطوم\nأعلن الدفاع المدني في الخرطوم أن 9138 شخصا أصيبوا في السيول.', origin: 'import' });
    const counts = await keyCounts(store);
    expect(counts.get('place:الخرطوم')).toBeGreaterThan(10);
    const keys = ['num:person:9137', 'num:person:9138', 'place:الخرطوم'];
    // Tied in the first pass (one rare key each); only rescoring sees the capital.
    expect((await store.corpus.candidates(keys, { limit: 1, pool: 1 })).map((c) => c.articleId)).toEqual([vaccine.id]);
    const rescored = await store.corpus.candidates(keys, { limit: 1, pool: 2 });
    expect(rescored.map((c) => c.articleId)).toEqual([injured.id]);
    expect(rescored[0].sharedKeys).toBe(2);
    // The default pool is RESCORE_FACTOR × the limit, rounded up: room for both here.
    expect((await store.corpus.candidates(keys, { limit: 1 })).map((c) => c.articleId)).toEqual([injured.id]);
    expect((await store.corpus.candidates(keys, { limit: 2 })).map((c) => c.articleId)).toEqual([injured.id, vaccine.id]);
  });

  it('hands matching the keys each statement is indexed under', async () => {
    store = await openStore();
    const nahar = await store.corpus.addArticle({ text: story('nahar-digits'), origin: 'page' });
    const stored = await store.corpus.getStatements(nahar.id);
    const found = await store.corpus.candidates(stored.flatMap((s) => s.keys), { limit: 100 });
    expect(found.length).toBe(stored.length);
    for (const c of found) expect(c.keys).toEqual(stored.find((s) => s.text === c.text)!.keys);
  });
});

describe('kthLargest', () => {
  it('finds the k-th largest value like a full sort would, ties included', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 500; t++) {
      const n = 1 + Math.floor(next() * 80);
      const values = Float64Array.from({ length: n }, () => Math.floor(next() * (t % 2 ? 4 : 1000)) / 8);
      const k = 1 + Math.floor(next() * n);
      const want = [...values].sort((a, b) => b - a)[k - 1];
      expect(kthLargest(values.slice(), k)).toBe(want);
    }
  });
});
