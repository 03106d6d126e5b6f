import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/cli/corpus-loader.ts';
import { exportText, openStore, story, type TestStore } from './helpers.ts';

let store: TestStore;
afterEach(() => store?.close());

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-corpus-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

const html = `<html><head><title>الفيضانات في السودان</title><meta property="og:site_name" content="الصباح"></head>
  <body><article>${story('sabah-conflict').split('\n').map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('loadCorpus', () => {
  it('loads .txt and .html articles from a folder and its subfolders, recording each file', async () => {
    store = await openStore();
    const dir = folder({ 'nahar.txt': story('nahar-digits'), 'more/sabah.html': html, 'notes.md': '# ملاحظات', '.hidden.txt': 'x' });
    expect(await loadCorpus(dir, store.corpus)).toEqual({ articles: 2 });
    const list = await store.corpus.listArticles();
    expect(list.articles.map((a) => a.file).sort()).toEqual([join(dir, 'more', 'sabah.html'), join(dir, 'nahar.txt')]);
    const sabah = list.articles.find((a) => a.file!.endsWith('sabah.html'))!;
    expect(sabah).toMatchObject({ outlet: 'الصباح', origin: 'import' });
    const full = (await store.corpus.getArticle(sabah.id))!;
    expect(full.layout).toBe('blocks');
    expect((await store.corpus.getStatements(sabah.id)).length).toBeGreaterThan(0);
  });

  it('loads a JSON Lines export and a single article file', async () => {
    const source = await openStore();
    await source.corpus.addArticle({ text: story('watan-words'), outlet: 'الوطن', origin: 'page' });
    const dir = folder({ 'corpus.jsonl': await exportText(source.corpus), 'one.txt': story('wire-copy') });
    source.close();
    store = await openStore();
    expect(await loadCorpus(join(dir, 'corpus.jsonl'), store.corpus)).toEqual({ articles: 1 });
    expect(await loadCorpus(join(dir, 'one.txt'), store.corpus)).toEqual({ articles: 1 });
    expect(await store.corpus.count()).toBe(2);
  });

  const bad: [string, () => string, RegExp][] = [
    ['a missing path', () => join(tmpdir(), 'no-such-isnad-corpus'), /no such file or directory$/],
    ['a folder with no articles', () => folder({ 'readme.md': 'لا شيء' }), /no \.txt, \.html or \.jsonl files found$/],
    ['a file of another kind', () => join(folder({ 'x.pdf': '%PDF' }), 'x.pdf'), /not a corpus/],
    ['an empty article', () => folder({ 'a.txt': '   \n' }), /a\.txt: the file is empty$/],
    ['an article that is not UTF-8', () => folder({ 'a.txt': new Uint8Array([0xc3, 0x28, 0x41]) }), /a\.txt: not valid UTF-8 text$/],
    ['an HTML file with no text', () => folder({ 'a.html': '<html><body><script>1</script></body></html>' }), /a\.html: no article text found/],
    ['a malformed export line', () => folder({ 'c.jsonl': '{"v":1,"text":"خبر"}\n{"v":1,"text":5}\n' }), /c\.jsonl: line 2: field "text" must be a string, got a number; nothing was imported$/],
    ['an HTML file renamed .jsonl', () => folder({ 'c.jsonl': '<html><body>خبر</body></html>' }), /c\.jsonl: line 1: looks like HTML/],
  ];
  it.each(bad)('throws a one-line error for %s', async (_name, make, message) => {
    store = await openStore();
    const path = make();
    const error = await loadCorpus(path, store.corpus).then(() => undefined, (e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error!.message).toMatch(message);
    expect(error!.message).not.toContain('\n');
    expect(await store.corpus.count()).toBe(0);
  });

  it('throws a one-line error for a path that cannot be read', async () => {
    store = await openStore();
    const file = join(folder({ 'a.txt': story('nahar-digits') }), 'a.txt');
    await expect(loadCorpus(join(file, 'inner.txt'), store.corpus)).rejects.toThrow(/inner\.txt: not a directory$/);
  });
});
