import { afterEach, describe, expect, it } from 'vitest';
import { analyzeText, statementKeys } from '../../src/engine/index.ts';
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
});
