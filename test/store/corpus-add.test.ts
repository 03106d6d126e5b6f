import { afterEach, describe, expect, it } from 'vitest';
import { checkIndex, openStore, SEEDS, story, type TestStore } from './helpers.ts';

let store: TestStore;
afterEach(() => store?.close());

describe('Corpus: adding articles', () => {
  it('stores an article with its statements, claims at article offsets, and keys', async () => {
    store = await openStore();
    const text = story('nahar-digits');
    const r = await store.corpus.addArticle({ text, url: 'https://nahar.example/sudan-floods', outlet: 'النهار', origin: 'page' });
    expect(r.status).toBe('added');
    const a = (await store.corpus.getArticle(r.id))!;
    expect(a).toMatchObject({ url: 'https://nahar.example/sudan-floods', outlet: 'النهار', origin: 'page', layout: 'plain', text });
    expect(a.title).toContain('112');
    expect(a.fingerprint).toHaveLength(32);
    expect(a).not.toHaveProperty('words');
    const statements = await store.corpus.getStatements(r.id);
    expect(statements.length).toBeGreaterThan(3);
    for (const s of statements) {
      expect(s.id).toBeGreaterThan(0);
      expect(a.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
      expect(s.keys.length).toBeGreaterThan(0);
      for (const c of s.claims) {
        expect(a.text.slice(c.start, c.end)).toBe(c.text);
        expect(s.keys).toContain(c.key);
      }
    }
    const texts = statements.flatMap((s) => s.claims.map((c) => c.text));
    expect(texts.some((t) => t.includes('112'))).toBe(true);
    expect(await checkIndex(store.raw)).toEqual([]);
  });

  it('keeps one record for the same URL: unchanged when equal, updated when the text changes', async () => {
    store = await openStore();
    const url = 'https://nahar.example/sudan-floods';
    const first = await store.corpus.addArticle({ text: story('nahar-digits'), url, origin: 'page' });
    const again = await store.corpus.addArticle({ text: story('nahar-digits'), url: `${url}#comments`, origin: 'page' });
    expect(again).toEqual({ id: first.id, status: 'unchanged' });
    const edited = story('nahar-digits').replace('112 قتيلا و2059', '118 قتيلا و2059');
    const updated = await store.corpus.addArticle({ text: edited, url, origin: 'page' });
    expect(updated).toEqual({ id: first.id, status: 'updated' });
    expect(await store.corpus.count()).toBe(1);
    const claims = (await store.corpus.getStatements(first.id)).flatMap((s) => s.claims.map((c) => c.text));
    expect(claims.some((t) => t.includes('118'))).toBe(true);
    expect(await checkIndex(store.raw)).toEqual([]);
  });

  it('treats the same normalised text as the same article (diacritics, hamza forms, spacing, CRLF)', async () => {
    store = await openStore();
    const text = story('sabah-conflict');
    const first = await store.corpus.addArticle({ text, origin: 'import' });
    const variant = text.replace(/أعلنت/g, 'أعْلَنَت').replace(/ /g, '  ').replace(/\n/g, '\r\n');
    const second = await store.corpus.addArticle({ text: variant, origin: 'page', url: 'https://sabah.example/a', outlet: 'الصباح' });
    expect(second).toEqual({ id: first.id, status: 'updated' });
    const a = (await store.corpus.getArticle(first.id))!;
    // The URL and outlet were learnt; the origin stays how it first came in.
    expect(a).toMatchObject({ url: 'https://sabah.example/a', outlet: 'الصباح', origin: 'import' });
    expect(await store.corpus.count()).toBe(1);
    // Candidates show the learnt source, not the one stored with the statements first.
    const keys = (await store.corpus.getStatements(first.id)).flatMap((s) => s.keys);
    expect((await store.corpus.candidates(keys))[0].article).toMatchObject({ url: 'https://sabah.example/a', outlet: 'الصباح' });
    expect(await checkIndex(store.raw)).toEqual([]);
  });

  it('dedupes inside one batch and reports results in input order', async () => {
    store = await openStore();
    const results = await store.corpus.addArticles([
      { text: story('nahar-digits'), origin: 'import', file: 'a.txt' },
      { text: story('sabah-conflict'), origin: 'import', file: 'b.txt' },
      { text: story('nahar-digits'), origin: 'import', file: 'a.txt' },
    ]);
    expect(results.map((r) => r.status)).toEqual(['added', 'added', 'unchanged']);
    expect(results[2].id).toBe(results[0].id);
    expect(await store.corpus.count()).toBe(2);
    expect(await checkIndex(store.raw)).toEqual([]);
  });

  it('finds the stored copies of a page by URL or by normalised text', async () => {
    store = await openStore();
    const a = await store.corpus.addArticle({ text: story('nahar-digits'), url: 'https://nahar.example/floods', origin: 'page' });
    const b = await store.corpus.addArticle({ text: story('sabah-conflict'), origin: 'import' });
    expect(await store.corpus.findArticleIds({ url: 'https://nahar.example/floods#top' })).toEqual([a.id]);
    expect(await store.corpus.findArticleIds({ text: story('sabah-conflict').replace(/\n/g, '\r\n') })).toEqual([b.id]);
    expect(await store.corpus.findArticleIds({ url: 'https://nahar.example/floods', text: story('sabah-conflict') })).toEqual([a.id, b.id]);
    expect(await store.corpus.findArticleIds({ url: 'chrome://newtab', text: story('watan-words') })).toEqual([]);
  });

  it('names the bad input of a large addArticles call; the batches before it stay written whole', async () => {
    store = await openStore();
    const { shortArticle } = await import('./helpers.ts');
    const inputs = Array.from({ length: 503 }, (_, i) => ({ text: shortArticle(i), origin: 'import' as const, file: `c/${i}.txt` }));
    inputs[501] = { text: ' ', origin: 'import', file: 'c/501.txt' };
    const progress: number[] = [];
    await expect(store.corpus.addArticles(inputs, { onProgress: (n) => progress.push(n) })).rejects.toThrow('article 501 (c/501.txt): article has no text');
    expect(progress).toEqual([500]);
    expect(await store.corpus.count()).toBe(500);
    expect(await checkIndex(store.raw)).toEqual([]);
  });

  it('refuses an article without text and a javascript: URL', async () => {
    store = await openStore();
    await expect(store.corpus.addArticle({ text: '  \n ', origin: 'page' })).rejects.toThrow(/no text/);
    await expect(store.corpus.addArticle({ text: story('nahar-digits'), url: 'javascript:alert(1)', origin: 'page' })).rejects.toThrow(/scheme/);
    expect(await store.corpus.count()).toBe(0);
  });

  it('adds an HTML page through the extractor, with outlet, title and date from the page', async () => {
    store = await openStore();
    const body = story('nahar-digits').split('\n').slice(3).map((p) => `<p>${p}</p>`).join('\n');
    const html = `<!doctype html><html lang="ar" dir="rtl"><head><title>ارتفاع حصيلة ضحايا الفيضانات في السودان إلى 112 قتيلا - النهار</title>
      <meta property="og:site_name" content="النهار"><meta property="article:published_time" content="2020-09-07T08:00:00+03:00">
      <link rel="canonical" href="https://nahar.example/2020/09/07/sudan"></head>
      <body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav><article><h1>ارتفاع حصيلة ضحايا الفيضانات في السودان إلى 112 قتيلا</h1>${body}</article>
      <footer>جميع الحقوق محفوظة</footer></body></html>`;
    const r = await store.corpus.addArticle({ html, origin: 'page' });
    const a = (await store.corpus.getArticle(r.id))!;
    expect(a).toMatchObject({ outlet: 'النهار', published: '2020-09-07T08:00:00+03:00', url: 'https://nahar.example/2020/09/07/sudan', layout: 'blocks' });
    expect(a.title).toContain('112 قتيلا');
    expect(a.text).not.toContain('الرئيسية');
    expect(a.text).not.toContain('جميع الحقوق');
    const claims = (await store.corpus.getStatements(r.id)).flatMap((s) => s.claims.map((c) => c.text));
    expect(claims.some((t) => t.includes('2059'))).toBe(true);
  });
});

describe('Corpus: seeds, listing, deleting, stats', () => {
  it('a fresh database holds the seed articles, and only once', async () => {
    store = await openStore({ seeds: SEEDS });
    expect(await store.corpus.count()).toBe(SEEDS.length);
    const list = await store.corpus.listArticles();
    expect(list.articles.every((a) => a.origin === 'seed')).toBe(true);
    expect(list.articles.map((a) => a.file).sort()).toEqual(SEEDS.map((s) => s.file).sort());
    for (const a of list.articles) await store.corpus.deleteArticle(a.id);
    store.corpus.close();
    const { Corpus } = await import('../../src/store/corpus.ts');
    const { IDBKeyRange } = await import('fake-indexeddb');
    const reopened = await Corpus.open({ name: store.name, indexedDB: store.factory, IDBKeyRange, seeds: SEEDS });
    expect(await reopened.count()).toBe(0);
    reopened.close();
  });

  it('resetToSeeds replaces everything with the seeds', async () => {
    store = await openStore();
    await store.corpus.addArticle({ text: story('nahar-digits'), origin: 'page' });
    await store.corpus.resetToSeeds(SEEDS);
    const stats = await store.corpus.stats();
    expect(stats.articles).toBe(SEEDS.length);
    expect(stats.byOrigin).toEqual({ seed: SEEDS.length, page: 0, import: 0 });
    expect(stats.statements).toBeGreaterThan(0);
    expect(await checkIndex(store.raw)).toEqual([]);
  });

  it('lists newest first, pages, and finds articles by folded title, outlet and URL words', async () => {
    store = await openStore();
    await store.corpus.addArticle({ text: story('nahar-digits'), outlet: 'صحيفة النهار', url: 'https://nahar.example/sudan', origin: 'page' });
    await store.corpus.addArticle({ text: story('sabah-conflict'), outlet: 'الصباح', url: 'https://alsabah.example/news/1', origin: 'page' });
    await store.corpus.addArticle({ text: story('watan-words'), outlet: 'الوطن', origin: 'page' });
    const all = await store.corpus.listArticles({ limit: 2 });
    expect(all.total).toBe(3);
    expect(all.articles.map((a) => a.outlet)).toEqual(['الوطن', 'الصباح']);
    expect(all.articles[0]).not.toHaveProperty('text');
    const next = await store.corpus.listArticles({ offset: 2, limit: 2 });
    expect(next.articles.map((a) => a.outlet)).toEqual(['صحيفة النهار']);
    // Hamza and ال folded away: "النّهار" and "نهار" both find النهار.
    expect((await store.corpus.listArticles({ query: 'النّهار' })).articles.map((a) => a.outlet)).toEqual(['صحيفة النهار']);
    expect((await store.corpus.listArticles({ query: 'نهار' })).total).toBe(1);
    expect((await store.corpus.listArticles({ query: 'alsabah' })).articles.map((a) => a.outlet)).toEqual(['الصباح']);
    expect((await store.corpus.listArticles({ query: 'الفيضانات السودان' })).total).toBeGreaterThanOrEqual(2);
    expect((await store.corpus.listArticles({ query: 'برشلونة' })).total).toBe(0);
  });

  it('deleting an article removes its statements and every posting, and leaves the others', async () => {
    store = await openStore();
    const a = await store.corpus.addArticle({ text: story('nahar-digits'), origin: 'page' });
    const b = await store.corpus.addArticle({ text: story('sabah-conflict'), origin: 'page' });
    const keys = (await store.corpus.getStatements(a.id)).flatMap((s) => s.keys);
    expect(await store.corpus.deleteArticle(a.id)).toBe(true);
    expect(await store.corpus.deleteArticle(a.id)).toBe(false);
    expect(await store.corpus.getArticle(a.id)).toBeUndefined();
    expect(await store.corpus.getStatements(a.id)).toEqual([]);
    const found = await store.corpus.candidates(keys);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((c) => c.articleId === b.id)).toBe(true);
    expect(await checkIndex(store.raw)).toEqual([]);
    const stats = await store.corpus.stats();
    expect(stats).toMatchObject({ articles: 1, byOrigin: { seed: 0, page: 1, import: 0 } });
  });
});
