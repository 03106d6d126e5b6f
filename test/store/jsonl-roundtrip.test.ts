import { afterEach, describe, expect, it } from 'vitest';
import { readLines } from '../../src/store/jsonl/line-reader.ts';
import { checkIndex, dumpTables, exportText, openStore, SEEDS, story, type TestStore } from './helpers.ts';

const stores: TestStore[] = [];
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

async function open(opts: Parameters<typeof openStore>[0] = {}): Promise<TestStore> {
  const s = await openStore(opts);
  stores.push(s);
  return s;
}

async function sampleCorpus(): Promise<TestStore> {
  const s = await open({ seeds: SEEDS });
  await s.corpus.addArticle({ text: story('nahar-digits'), url: 'https://nahar.example/floods', outlet: 'النهار', published: '2020-09-07', origin: 'page' });
  await s.corpus.addArticle({ text: story('watan-words'), outlet: 'الوطن', file: 'corpus/watan.txt', origin: 'import' });
  const html = `<html><head><meta property="og:site_name" content="الصباح"><title>الفيضانات في السودان</title></head><body><article>${story('sabah-conflict')
    .split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
  await s.corpus.addArticle({ html, origin: 'page', url: 'https://sabah.example/floods' });
  const gone = await s.corpus.addArticle({ text: story('wire-copy'), origin: 'page' });
  await s.corpus.deleteArticle(gone.id);
  return s;
}

/** Everything about a corpus except store ids: articles, statements with claims and keys, in order. */
async function content(s: TestStore) {
  const articles = await s.raw.articles.orderBy(':id').toArray();
  const out = [];
  for (const a of articles) {
    const { id, ...rest } = a;
    const statements = (await s.corpus.getStatements(id!)).map(({ id: _s, articleId: _a, ...st }) => st);
    out.push({ ...rest, statements });
  }
  return out;
}

describe('JSON Lines export and import', () => {
  it('export then import into an empty store gives the same corpus', async () => {
    const a = await sampleCorpus();
    const text = await exportText(a.corpus);
    expect(text.split('\n').filter(Boolean)).toHaveLength(await a.corpus.count());
    for (const line of text.split('\n').filter(Boolean)) expect(JSON.parse(line).v).toBe(1);

    const b = await open();
    const report = await b.corpus.importJsonl(text);
    expect(report).toMatchObject({ added: 5, updated: 0, unchanged: 0, skipped: [] });
    expect(report.error).toBeUndefined();
    expect(await content(b)).toEqual(await content(a));
    const strip = (t: string) => t.split('\n').map((l) => (l ? JSON.stringify({ ...JSON.parse(l), id: 0 }) : l)).join('\n');
    expect(strip(await exportText(b.corpus))).toBe(strip(text));
    expect(await checkIndex(b.raw)).toEqual([]);
  });

  it('imports straight from another corpus export stream, and a second import changes nothing', async () => {
    const a = await sampleCorpus();
    const b = await open();
    expect((await b.corpus.importJsonl(a.corpus.exportJsonl())).added).toBe(5);
    const before = await dumpTables(b.raw);
    const again = await b.corpus.importJsonl(await exportText(a.corpus));
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 5, skipped: [] });
    const after = await dumpTables(b.raw);
    expect(after.articles).toEqual(before.articles);
    expect(after.statements).toEqual(before.statements);
    expect(after.postings).toEqual(before.postings);
  });

  it('reads bytes in arbitrary chunks, with a BOM, CRLF line ends and no final line end', async () => {
    const a = await sampleCorpus();
    const text = `\uFEFF${(await exportText(a.corpus)).replace(/\n/g, '\r\n').replace(/\r\n$/, '')}`;
    const bytes = new TextEncoder().encode(text);
    async function* chunks() {
      // 7-byte pieces cut through Arabic letters (2 bytes each) and through CRLF pairs.
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    }
    const b = await open();
    const report = await b.corpus.importJsonl(() => chunks());
    expect(report).toMatchObject({ added: 5, skipped: [] });
    expect(await content(b)).toEqual(await content(a));
  });

  it('stores a broken page with an unpaired surrogate so that its export imports again', async () => {
    const a = await open();
    const text = `${story('nahar-digits')}\nسطر مكسور \ud83d من صفحة معطوبة.`;
    const r = await a.corpus.addArticle({ text, title: 'عنوان \udc00', origin: 'page' });
    const stored = (await a.corpus.getArticle(r.id))!;
    expect(stored.text).toContain('مكسور \uFFFD من');
    expect(stored.title).toBe('عنوان \uFFFD');
    const b = await open();
    expect(await b.corpus.importJsonl(await exportText(a.corpus))).toMatchObject({ added: 1, skipped: [] });
  });

  it('updates an article whose line changes its text, and reports it as updated', async () => {
    const a = await sampleCorpus();
    const lines = (await exportText(a.corpus)).split('\n').filter(Boolean);
    const nahar = lines.findIndex((l) => JSON.parse(l).url === 'https://nahar.example/floods');
    const changed = JSON.parse(lines[nahar]);
    changed.text = changed.text.replace('112 قتيلا و2059', '115 قتيلا و2059');
    const report = await a.corpus.importJsonl(`${JSON.stringify(changed)}\n`);
    expect(report).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    const stored = (await a.corpus.listArticles({ query: 'nahar' })).articles[0];
    expect((await a.corpus.getArticle(stored.id))!.text).toContain('115 قتيلا');
    expect(await checkIndex(a.raw)).toEqual([]);
  });
});

describe('readLines', () => {
  it('numbers lines, drops CR and a leading BOM, and marks an unterminated last line', async () => {
    const lines = [];
    for await (const l of readLines('\uFEFFa\r\n\nb\nc')) lines.push(l);
    expect(lines).toEqual([
      { no: 1, text: 'a', terminated: true },
      { no: 2, text: '', terminated: true },
      { no: 3, text: 'b', terminated: true },
      { no: 4, text: 'c', terminated: false },
    ]);
  });

  it('discards an oversized line as it streams and keeps reading after it', async () => {
    async function* chunks() {
      yield new TextEncoder().encode('{"v":1}\n');
      for (let i = 0; i < 50; i++) yield new TextEncoder().encode('x'.repeat(100));
      yield new TextEncoder().encode('\nok\n');
    }
    const lines = [];
    for await (const l of readLines(chunks(), 1000)) lines.push(l);
    expect(lines.map((l) => l.text ?? l.error)).toEqual(['{"v":1}', 'line is longer than the limit of 1000 bytes', 'ok']);
  });

  it('reports invalid UTF-8 on its own line only', async () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0xc3, 0x28, 0x0a, 0xd8, 0xa7, 0x0a]);
    const lines = [];
    for await (const l of readLines(bytes)) lines.push(l.text ?? l.error);
    expect(lines).toEqual(['a', 'not valid UTF-8 text', 'ا']);
  });
});
