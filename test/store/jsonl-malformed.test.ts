import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonlInput } from '../../src/store/jsonl/import.ts';
import type { ImportOptions } from '../../src/store/corpus.ts';
import { dumpTables, exportText, openStore, SEEDS, story, type TestStore } from './helpers.ts';

/**
 * Every kind of broken corpus file, each imported into the same store, after
 * which the export and every index table must be exactly as before. `expect`
 * names either the refusal of the whole file or the skipped line.
 */
interface Case {
  name: string;
  input: (existing: string) => JsonlInput;
  expect: { error: RegExp } | { line: number; reason: RegExp };
  opts?: ImportOptions;
}

const A = 'أعلنت وزارة الصحة السودانية تسجيل 45 إصابة جديدة بالكوليرا في ولاية كسلا.';
const line = (o: Record<string, unknown>) => JSON.stringify({ v: 1, text: A, ...o });
const bytes = (s: string) => new TextEncoder().encode(s);
const join = (...parts: (string | Uint8Array)[]) => {
  const list = parts.map((p) => (typeof p === 'string' ? bytes(p) : p));
  const out = new Uint8Array(list.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of list) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

const CASES: Case[] = [
  { name: 'malformed JSON', input: (e) => `${e}\n{"v":1,"text":"خبر",}\n`, expect: { line: 2, reason: /^malformed JSON/ } },
  { name: 'truncated last line', input: (e) => `${e}\n{"v":1,"text":"أعلنت الوزارة`, expect: { line: 2, reason: /^truncated last line/ } },
  { name: 'trailing garbage after the object', input: (e) => `${e}\n${line({})} نهاية\n`, expect: { line: 2, reason: /^malformed JSON/ } },
  { name: 'raw control character in a string', input: (e) => `${e}\n{"v":1,"text":"خبر\u0000عاجل"}\n`, expect: { line: 2, reason: /^malformed JSON/ } },
  { name: 'text of the wrong type', input: (e) => `${e}\n${line({ text: 42 })}\n`, expect: { line: 2, reason: /"text" must be a string, got a number/ } },
  { name: 'title of the wrong type', input: (e) => `${e}\n${line({ title: ['عنوان'] })}\n`, expect: { line: 2, reason: /"title" must be a string, got an array/ } },
  { name: 'missing text', input: (e) => `${e}\n{"v":1,"title":"عنوان"}\n`, expect: { line: 2, reason: /missing field "text"/ } },
  { name: 'blank text', input: (e) => `${e}\n${line({ text: '  \n ' })}\n`, expect: { line: 2, reason: /"text" is empty/ } },
  { name: 'missing version', input: (e) => `${e}\n{"text":"${A}"}\n`, expect: { line: 2, reason: /missing field "v"/ } },
  { name: 'version as a string', input: (e) => `${e}\n${line({ v: '1' })}\n`, expect: { line: 2, reason: /"v" must be an integer, got a string/ } },
  { name: 'version 0', input: (e) => `${e}\n${line({ v: 0 })}\n`, expect: { line: 2, reason: /unknown format version 0/ } },
  { name: 'fractional version', input: (e) => `${e}\n${line({ v: 1.5 })}\n`, expect: { line: 2, reason: /"v" must be an integer/ } },
  {
    name: 'future version after valid new lines: whole file refused',
    input: (e) => `${e}\n${line({ url: 'https://new.example/1' })}\n${line({ v: 2, text: 'نص' })}\n`,
    // One line per batch: a one-pass import would have committed line 2 before reading line 3.
    opts: { batchSize: 1 },
    expect: { error: /^line 3: format version 2 is newer.*nothing was imported/ },
  },
  { name: 'future version on the first line', input: () => `${line({ v: 7 })}\n`, expect: { error: /^line 1: format version 7/ } },
  {
    name: 'future version in a one-pass stream',
    input: () => (async function* () {
      yield line({ v: 3 });
      yield line({ url: 'https://new.example/2' });
    })(),
    expect: { error: /^line 1: format version 3/ },
  },
  { name: '__proto__ key', input: (e) => `${e}\n{"v":1,"text":"${A}","__proto__":{"polluted":true}}\n`, expect: { line: 2, reason: /forbidden key "__proto__"/ } },
  { name: 'constructor key', input: (e) => `${e}\n{"v":1,"text":"${A}","constructor":{"prototype":{"polluted":true}}}\n`, expect: { line: 2, reason: /forbidden key "constructor"/ } },
  { name: 'nested __proto__ key', input: (e) => `${e}\n{"v":1,"text":"${A}","title":{"a":{"__proto__":{"polluted":1}}}}\n`, expect: { line: 2, reason: /forbidden key "__proto__"/ } },
  { name: 'duplicate id in the file', input: (e) => `${e}\n${e}\n`, expect: { line: 2, reason: /duplicate id \d+ \(first on line 1\)/ } },
  { name: 'HTML page renamed .jsonl', input: () => '<!DOCTYPE html>\n<html lang="ar"><body><p>خبر</p></body></html>\n', expect: { error: /^line 1: looks like HTML or XML/ } },
  { name: 'RSS feed', input: () => '<?xml version="1.0" encoding="UTF-8"?>\n<rss><channel></channel></rss>\n', expect: { error: /^line 1: looks like HTML or XML/ } },
  { name: 'one JSON array instead of lines', input: (e) => `[${e}]\n`, expect: { error: /^line 1: expected a JSON object, got an array/ } },
  { name: 'pretty-printed JSON', input: () => `{\n  "v": 1,\n  "text": "${A}"\n}\n`, expect: { error: /^line 1: looks like pretty-printed JSON/ } },
  { name: 'CSV file', input: () => `id,title,text\n1,عنوان,${A}\n`, expect: { error: /^line 1: malformed JSON.*not an Isnad corpus file/ } },
  { name: 'empty file', input: () => '', expect: { error: /the file is empty/ } },
  { name: 'only blank lines', input: () => '\n  \r\n\n', expect: { error: /the file is empty/ } },
  { name: 'empty bytes', input: () => new Uint8Array(0), expect: { error: /the file is empty/ } },
  { name: 'invalid UTF-8 on one line', input: (e) => join(e, '\n{"v":1,"text":"', new Uint8Array([0xd8, 0x28, 0xff]), '"}\n'), expect: { line: 2, reason: /not valid UTF-8/ } },
  { name: 'PNG image renamed .jsonl', input: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), expect: { error: /^line 1: not valid UTF-8/ } },
  { name: 'gzip file renamed .jsonl', input: () => new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x0a]), expect: { error: /^line 1: not valid UTF-8/ } },
  { name: 'oversized line (over 2 MiB)', input: (e) => `${e}\n${line({ text: 'ا'.repeat(2_200_000) })}\n`, expect: { line: 2, reason: /longer than the limit of 2097152/ } },
  { name: 'deep nesting inside a field', input: (e) => `${e}\n{"v":1,"text":"${A}","title":${nested(40)}}\n`, expect: { line: 2, reason: /nesting deeper than 32/ } },
  { name: 'very deep nesting (100,000 levels)', input: (e) => `${e}\n{"v":1,"text":"${A}","file":${nested(100_000)}}\n`, expect: { line: 2, reason: /nesting deeper than 32/ } },
  { name: 'unknown field', input: (e) => `${e}\n${line({ txt: 'نص' })}\n`, expect: { line: 2, reason: /unknown field "txt"/ } },
  { name: 'unknown origin', input: (e) => `${e}\n${line({ origin: 'admin' })}\n`, expect: { line: 2, reason: /"origin" must be/ } },
  { name: 'unknown layout', input: (e) => `${e}\n${line({ layout: 'markdown' })}\n`, expect: { line: 2, reason: /"layout" must be/ } },
  { name: 'javascript: URL', input: (e) => `${e}\n${line({ url: 'javascript:alert(document.cookie)' })}\n`, expect: { line: 2, reason: /scheme javascript: is not allowed/ } },
  { name: 'relative URL', input: (e) => `${e}\n${line({ url: '/news/2020/09/07' })}\n`, expect: { line: 2, reason: /not an absolute URL/ } },
  { name: 'published is not a date', input: (e) => `${e}\n${line({ published: 'أمس' })}\n`, expect: { line: 2, reason: /"published" is not a date/ } },
  { name: 'negative addedAt', input: (e) => `${e}\n${line({ addedAt: -5 })}\n`, expect: { line: 2, reason: /"addedAt" must be/ } },
  { name: 'addedAt as a string', input: (e) => `${e}\n${line({ addedAt: '2020-09-07' })}\n`, expect: { line: 2, reason: /"addedAt" must be/ } },
  { name: 'id of the wrong type', input: (e) => `${e}\n${line({ id: true })}\n`, expect: { line: 2, reason: /"id" must be a non-negative integer or a string, got a boolean/ } },
  { name: 'fractional id', input: (e) => `${e}\n${line({ id: 2.5 })}\n`, expect: { line: 2, reason: /"id" must be a non-negative integer/ } },
  { name: 'unpaired surrogate', input: (e) => `${e}\n{"v":1,"text":"${A}","title":"\\ud800 عنوان"}\n`, expect: { line: 2, reason: /"title" is not valid Unicode/ } },
  { name: 'title over the length limit', input: (e) => `${e}\n${line({ title: 'ع'.repeat(2001) })}\n`, expect: { line: 2, reason: /"title" is longer than 2000/ } },
  { name: 'a line that is null', input: (e) => `${e}\nnull\n`, expect: { line: 2, reason: /expected a JSON object, got null/ } },
  { name: 'a line that is a string', input: (e) => `${e}\n"${A}"\n`, expect: { line: 2, reason: /expected a JSON object, got a string/ } },
  {
    name: 'strict import with one bad line among new valid ones',
    input: (e) => `${line({ url: 'https://new.example/3' })}\n${e}\n${line({ text: 7 })}\n`,
    opts: { strict: true },
    expect: { error: /^line 3: field "text" must be a string.*nothing was imported/ },
  },
];

describe('importing malformed corpus files leaves the corpus exactly as it was', () => {
  let store: TestStore;
  let existing: string;
  beforeAll(async () => {
    store = await openStore({ seeds: SEEDS });
    await store.corpus.addArticle({ text: story('nahar-digits'), url: 'https://nahar.example/floods', outlet: 'النهار', origin: 'page' });
    existing = (await exportText(store.corpus)).split('\n')[SEEDS.length];
  });
  afterAll(() => store.close());

  it('has at least 30 kinds of broken file', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const before = await exportText(store.corpus);
    const tablesBefore = await dumpTables(store.raw);
    const report = await store.corpus.importJsonl(c.input(existing), c.opts);
    expect(report.added).toBe(0);
    expect(report.updated).toBe(0);
    if ('error' in c.expect) {
      expect(report.error).toMatch(c.expect.error);
      expect(report.error).not.toContain('\n');
    } else {
      expect(report.error).toBeUndefined();
      expect(report.skipped).toHaveLength(1);
      expect(report.skipped[0].line).toBe(c.expect.line);
      expect(report.skipped[0].reason).toMatch(c.expect.reason);
      expect(report.unchanged).toBe(1);
    }
    expect(await exportText(store.corpus)).toBe(before);
    const tablesAfter = await dumpTables(store.raw);
    for (const table of ['articles', 'statements', 'postings', 'meta']) expect(tablesAfter[table], table).toEqual(tablesBefore[table]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('imports the valid lines of a mixed file and reports every skipped line with its reason', async () => {
    const s = await openStore();
    const text = [
      line({ id: 1, url: 'https://a.example/1' }),
      '{"v":1,"text":',
      line({ id: 1, url: 'https://a.example/2', text: story('sabah-conflict') }),
      '',
      line({ id: 2, url: 'https://a.example/3', text: story('watan-words') }),
      line({ id: 3, url: 'https://a.example/1' }),
    ].join('\n');
    const report = await s.corpus.importJsonl(text);
    expect(report).toEqual({
      added: 2,
      updated: 0,
      unchanged: 1,
      skipped: [
        { line: 2, reason: expect.stringMatching(/^truncated|^malformed JSON/) },
        { line: 3, reason: 'duplicate id 1 (first on line 1)' },
      ],
    });
    expect(await s.corpus.count()).toBe(2);
    s.close();
  });
});
