/**
 * Hundreds of broken, hostile or odd corpus files, generated: every family
 * below is a way a real file goes wrong (a wrong encoding, a cut-off
 * download, an editor's pretty-printing, a hand edit, an attack) and each
 * family comes in variants. `expect` says what the import must do:
 *
 *   refused  nothing is written and the report says why (error)
 *   lines    the import goes on; exactly these line numbers are skipped
 *   any      no expectation beyond the invariants every file must keep
 *            (no crash, clear messages, every content line accounted for,
 *            the existing corpus unchanged, the index consistent)
 */
import { LONG } from './harness/paths.ts';
import { seeded } from './payload-corpus.ts';

export type FileData = string | Uint8Array | (() => AsyncIterable<Uint8Array>);

export interface MalformedFile {
  name: string;
  family: string;
  data: FileData;
  expect: { refused: true } | { lines: number[] } | { any: true };
  /** Lines whose article updates an existing one (same URL): those records may change. */
  updatesUrls?: string[];
  /** Small enough to push through the options page in a real browser. */
  browser?: boolean;
}

const enc = new TextEncoder();
const A = [
  'أعلنت وزارة الصحة السودانية تسجيل 45 إصابة جديدة بالكوليرا في ولاية كسلا.',
  'قال المتحدث باسم الدفاع المدني إن فرق الإنقاذ انتشلت 12 جثة من تحت الأنقاض في مدينة بورتسودان.',
  'وأضاف البنك المركزي أن احتياطي النقد الأجنبي بلغ 3.2 مليار دولار بنهاية يونيو.',
];

let serial = 0;
/** A valid line with its own URL (so it adds, never updates). */
export function goodLine(extra: Record<string, unknown> = {}): string {
  const n = ++serial;
  return JSON.stringify({ v: 1, url: `https://good${n}.example/news/${n}`, title: `خبر رقم ${n}`, text: `${A[n % 3]} (${n})`, ...extra });
}

function concat(...parts: (string | Uint8Array)[]): Uint8Array {
  const list = parts.map((p) => (typeof p === 'string' ? enc.encode(p) : p));
  const out = new Uint8Array(list.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of list) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, !bigEndian);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) view.setUint16(at, text.charCodeAt(i), !bigEndian);
  return out;
}

/** Streams `count` copies of `line` without building the whole file. */
function repeated(line: string, count: number, tail = ''): () => AsyncIterable<Uint8Array> {
  return async function* () {
    const block = enc.encode(line.repeat(Math.max(1, Math.floor(256 * 1024 / line.length))));
    const perBlock = block.length / enc.encode(line).length;
    let left = count;
    while (left >= perBlock) {
      yield block;
      left -= perBlock;
    }
    if (left > 0) yield enc.encode(line.repeat(left));
    if (tail) yield enc.encode(tail);
  };
}

const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Bad lines, each placed among good ones in several positions. */
const BAD_LINES: [string, string][] = [
  ['malformed JSON', '{"v":1,"text":"خبر",}'],
  ['unquoted key', '{v:1,"text":"خبر"}'],
  ['single quotes', "{'v':1,'text':'خبر'}"],
  ['trailing garbage', `${JSON.stringify({ v: 1, text: A[0] })} نهاية`],
  ['two objects on one line', `${JSON.stringify({ v: 1, text: A[0] })}${JSON.stringify({ v: 1, text: A[1] })}`],
  ['raw control character', '{"v":1,"text":"خبر\u0001عاجل"}'],
  ['NaN value', '{"v":1,"text":"خبر","addedAt":NaN}'],
  ['text as number', JSON.stringify({ v: 1, text: 42 })],
  ['text as array', JSON.stringify({ v: 1, text: [A[0]] })],
  ['text as object', JSON.stringify({ v: 1, text: { ar: A[0] } })],
  ['text null', JSON.stringify({ v: 1, text: null })],
  ['text empty', JSON.stringify({ v: 1, text: '' })],
  ['text blank', JSON.stringify({ v: 1, text: ' \n\t ' })],
  ['missing text', JSON.stringify({ v: 1, title: 'عنوان' })],
  ['missing v', JSON.stringify({ text: A[0] })],
  ['v as string', JSON.stringify({ v: '1', text: A[0] })],
  ['v zero', JSON.stringify({ v: 0, text: A[0] })],
  ['v negative', JSON.stringify({ v: -1, text: A[0] })],
  ['v fractional', JSON.stringify({ v: 1.5, text: A[0] })],
  ['unknown field', JSON.stringify({ v: 1, text: A[0], body: 'x' })],
  ['title as number', JSON.stringify({ v: 1, text: A[0], title: 7 })],
  ['outlet as array', JSON.stringify({ v: 1, text: A[0], outlet: ['الجزيرة'] })],
  ['url as object', JSON.stringify({ v: 1, text: A[0], url: { href: 'https://x.example' } })],
  ['javascript: URL', JSON.stringify({ v: 1, text: A[0], url: 'javascript:alert(1)' })],
  ['data: URL', JSON.stringify({ v: 1, text: A[0], url: 'data:text/html,<script>alert(1)</script>' })],
  ['relative URL', JSON.stringify({ v: 1, text: A[0], url: '/news/1' })],
  ['URL over the limit', JSON.stringify({ v: 1, text: A[0], url: `https://x.example/${'a'.repeat(5000)}` })],
  ['title over the limit', JSON.stringify({ v: 1, text: A[0], title: 'ع'.repeat(2001) })],
  ['outlet over the limit', JSON.stringify({ v: 1, text: A[0], outlet: 'ع'.repeat(501) })],
  ['published not a date', JSON.stringify({ v: 1, text: A[0], published: 'أمس' })],
  // V8's Date.parse reads these as the years 34567 and 3456.
  ['published is markup with a port number', JSON.stringify({ v: 1, text: A[0], published: '<img src="http://localhost:34567' })],
  ['published is a script tag', JSON.stringify({ v: 1, text: A[0], published: 'عاجل: <script src="http://localhost:3456' })],
  ['addedAt negative', JSON.stringify({ v: 1, text: A[0], addedAt: -1 })],
  ['addedAt huge', JSON.stringify({ v: 1, text: A[0], addedAt: 1e300 })],
  ['addedAt string', JSON.stringify({ v: 1, text: A[0], addedAt: '2024-01-01' })],
  ['origin unknown', JSON.stringify({ v: 1, text: A[0], origin: 'admin' })],
  ['layout unknown', JSON.stringify({ v: 1, text: A[0], layout: 'html' })],
  ['id boolean', JSON.stringify({ v: 1, text: A[0], id: true })],
  ['id negative', JSON.stringify({ v: 1, text: A[0], id: -3 })],
  ['id fractional', JSON.stringify({ v: 1, text: A[0], id: 1.25 })],
  ['id empty string', JSON.stringify({ v: 1, text: A[0], id: '' })],
  ['id too long', JSON.stringify({ v: 1, text: A[0], id: 'x'.repeat(201) })],
  ['__proto__ key', `{"v":1,"text":"${A[0]}","__proto__":{"polluted":true}}`],
  ['escaped __proto__ key', `{"v":1,"text":"${A[0]}","\\u005f_proto__":{"polluted":true}}`],
  ['constructor key', `{"v":1,"text":"${A[0]}","constructor":{"prototype":{"polluted":true}}}`],
  ['prototype key', `{"v":1,"text":"${A[0]}","prototype":{"polluted":true}}`],
  ['nested __proto__', `{"v":1,"text":"${A[0]}","title":{"a":[{"__proto__":{"polluted":1}}]}}`],
  ['nesting 33 deep', `{"v":1,"text":"${A[0]}","file":${nested(33)}}`],
  ['nesting 1,000 deep', `{"v":1,"text":"${A[0]}","file":${'{"a":'.repeat(1000)}1${'}'.repeat(1000)}}`],
  ['nesting 200,000 deep', `{"v":1,"text":"${A[0]}","file":${nested(200_000)}}`],
  ['unpaired surrogate in title', `{"v":1,"text":"${A[0]}","title":"\\udc00 عنوان"}`],
  ['a bare string', JSON.stringify(A[0])],
  ['a number', '42'],
  ['null', 'null'],
  ['an array', `[${JSON.stringify({ v: 1, text: A[0] })}]`],
  ['true', 'true'],
];

/** Whole files that are not a corpus at all: refused before anything is written. */
const NOT_A_CORPUS: [string, FileData][] = [
  ['HTML page renamed .jsonl', '<!DOCTYPE html>\n<html lang="ar"><head><title>خبر</title></head><body><p>أعلنت الوزارة</p></body></html>\n'],
  ['HTML fragment', '<p>أعلنت وزارة الصحة تسجيل 45 إصابة</p>\n<p>وقال المتحدث</p>\n'],
  ['RSS feed', '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><item><title>خبر</title></item></channel></rss>\n'],
  ['SVG with script', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>\n'],
  ['one JSON array of articles', `[${JSON.stringify({ v: 1, text: A[0] })},${JSON.stringify({ v: 1, text: A[1] })}]\n`],
  ['pretty-printed JSON object', `{\n  "v": 1,\n  "text": "${A[0]}"\n}\n`],
  ['pretty-printed JSON array', `[\n  {"v": 1, "text": "${A[0]}"}\n]\n`],
  ['CSV', `url,title,text\nhttps://x.example,عنوان,${A[0]}\n`],
  ['TSV', `url\ttitle\ttext\nhttps://x.example\tعنوان\t${A[0]}\n`],
  ['YAML', `- v: 1\n  text: ${A[0]}\n`],
  ['plain Arabic text', `${A[0]}\n${A[1]}\n`],
  ['a JavaScript file', 'export default { v: 1, text: "خبر" };\nalert(document.cookie);\n'],
  ['Markdown', `# خبر\n\n${A[0]}\n`],
  ['PDF header', concat('%PDF-1.7\n%', new Uint8Array([0xe2, 0xe3, 0xcf, 0xd3]), '\n1 0 obj\n')],
  ['PNG image', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])],
  ['JPEG image', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x0a])],
  ['gzip archive', new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03, 0x0a, 0x4b, 0x4c])],
  ['zip archive', concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0x08, 0]), 'corpus.jsonl\n')],
  ['Windows-1256 Arabic text', concat(new Uint8Array([0xc3, 0xda, 0xe1, 0xe4, 0xca]), ' 45\n')],
  ['UTF-16 LE with BOM', utf16(`${goodLine()}\n${goodLine()}\n`, false)],
  ['UTF-16 BE with BOM', utf16(`${goodLine()}\n${goodLine()}\n`, true)],
  ['UTF-32 LE with BOM', concat(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0, 0x0a, 0, 0, 0]))],
  ['NUL bytes only', new Uint8Array(4096)],
  ['random bytes', (() => { const r = seeded(11); return Uint8Array.from({ length: 2048 }, () => Math.floor(r() * 256)); })()],
];

function refusedIfFirst(name: string, data: FileData, browser = false): MalformedFile {
  return { name, family: 'not a corpus', data, expect: { refused: true }, browser };
}

/** Cuts a valid three-line file after `k` bytes: a download that stopped. */
function truncations(): MalformedFile[] {
  const file = enc.encode([goodLine(), goodLine({ title: 'عنوان بالعربية مع أرقام ١٢٣' }), goodLine()].join('\n') + '\n');
  const step = Math.max(1, Math.floor(file.length / 100));
  const out: MalformedFile[] = [];
  for (let k = 1; k < file.length; k += step) out.push({ name: `cut after ${k} of ${file.length} bytes`, family: 'truncated', data: file.slice(0, k), expect: { any: true } });
  return out;
}

/** Byte-level damage at seeded random places of a valid file. */
function corruptions(): MalformedFile[] {
  const r = seeded(29);
  const base = enc.encode([goodLine(), goodLine(), goodLine(), goodLine()].join('\n') + '\n');
  const bad = [[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf5], [0xff, 0xfe], [0xe2, 0x82], [0xf0, 0x9f, 0x98], [0x00], [0x0d], [0x0a], [0x22], [0x5c]];
  const out: MalformedFile[] = [];
  for (let i = 0; i < 120; i++) {
    const at = 1 + Math.floor(r() * (base.length - 2));
    const bytes = bad[i % bad.length];
    const data = concat(base.slice(0, at), new Uint8Array(bytes), base.slice(i % 2 ? at + 1 : at));
    out.push({ name: `bytes ${bytes.map((b) => b.toString(16)).join(' ')} ${i % 2 ? 'over' : 'into'} byte ${at}`, family: 'corrupted bytes', data, expect: { any: true } });
  }
  return out;
}

function badAmongGood(): MalformedFile[] {
  const out: MalformedFile[] = [];
  for (const [label, bad] of BAD_LINES) {
    // First line bad, a bad line in the middle, a bad last line without a line end.
    out.push({ name: `${label}, line 1 of 3`, family: 'one bad line', data: [bad, goodLine(), goodLine()].join('\n') + '\n', expect: { any: true } });
    out.push({ name: `${label}, line 3 of 5`, family: 'one bad line', data: [goodLine(), goodLine(), bad, goodLine(), goodLine()].join('\n') + '\n', expect: { lines: [3] }, browser: out.length % 9 === 1 });
    out.push({ name: `${label}, last line without line end`, family: 'one bad line', data: `${goodLine()}\n${goodLine()}\n${bad}`, expect: { lines: [3] } });
  }
  return out;
}

function lineEnds(): MalformedFile[] {
  const lines = [goodLine(), goodLine(), goodLine()];
  return [
    { name: 'CRLF line ends', family: 'line ends', data: lines.join('\r\n') + '\r\n', expect: { lines: [] }, browser: true },
    { name: 'CRLF, no final line end', family: 'line ends', data: lines.join('\r\n'), expect: { lines: [] } },
    { name: 'CR only (old Mac)', family: 'line ends', data: [goodLine(), goodLine()].join('\r') + '\r', expect: { any: true } },
    { name: 'mixed LF and CRLF', family: 'line ends', data: `${goodLine()}\r\n${goodLine()}\n${goodLine()}\r\n`, expect: { lines: [] } },
    { name: 'blank lines between', family: 'line ends', data: `\n\n${goodLine()}\n\n   \n${goodLine()}\n\n`, expect: { lines: [] } },
    { name: 'Unicode line separator inside a line', family: 'line ends', data: `${goodLine({ title: 'سطر\u2028سطر' })}\n`, expect: { lines: [] } },
    { name: 'form feed and vertical tab lines', family: 'line ends', data: `${goodLine()}\n\f\n\v\n`, expect: { any: true } },
  ];
}

function boms(): MalformedFile[] {
  return [
    { name: 'empty file', family: 'empty', data: '', expect: { refused: true }, browser: true },
    { name: 'empty bytes', family: 'empty', data: new Uint8Array(0), expect: { refused: true } },
    { name: 'UTF-8 BOM only', family: 'empty', data: new Uint8Array([0xef, 0xbb, 0xbf]), expect: { refused: true }, browser: true },
    { name: 'UTF-8 BOM and a line end', family: 'empty', data: new Uint8Array([0xef, 0xbb, 0xbf, 0x0a]), expect: { refused: true } },
    { name: 'UTF-16 LE BOM only', family: 'empty', data: new Uint8Array([0xff, 0xfe]), expect: { refused: true } },
    { name: 'UTF-16 BE BOM only', family: 'empty', data: new Uint8Array([0xfe, 0xff]), expect: { refused: true } },
    { name: 'only line ends', family: 'empty', data: '\n\n\r\n\n', expect: { refused: true } },
    { name: 'only spaces and tabs', family: 'empty', data: '   \t  \n \t\n', expect: { refused: true } },
    { name: 'UTF-8 BOM then valid lines', family: 'bom', data: concat(new Uint8Array([0xef, 0xbb, 0xbf]), `${goodLine()}\n${goodLine()}\n`), expect: { lines: [] }, browser: true },
    { name: 'BOM in the middle of the file', family: 'bom', data: `${goodLine()}\n\uFEFF${goodLine()}\n`, expect: { any: true } },
    // Every other byte NUL: valid UTF-8 but not JSON; refused or skipped line by line, either way said.
    { name: 'UTF-16 LE without BOM', family: 'bom', data: utf16(`${goodLine()}\n${goodLine()}\n`, false, false), expect: { any: true }, browser: true },
  ];
}

function versions(): MalformedFile[] {
  const out: MalformedFile[] = [];
  for (const v of [2, 3, 99, 1e9, Number.MAX_SAFE_INTEGER]) {
    out.push({ name: `future version ${v} on line 1`, family: 'future version', data: `${JSON.stringify({ v, text: A[0] })}\n${goodLine()}\n`, expect: { refused: true }, browser: v === 2 });
    out.push({ name: `future version ${v} after valid lines`, family: 'future version', data: `${goodLine()}\n${goodLine()}\n${JSON.stringify({ v, text: A[1] })}\n`, expect: { refused: true } });
  }
  out.push({ name: 'version 1.0 written as 1.0', family: 'future version', data: `{"v":1.0,"text":"${A[0]}","url":"https://v1.example/a"}\n`, expect: { lines: [] } });
  return out;
}

function ids(existingUrl: string): MalformedFile[] {
  const same = goodLine({ id: 7 });
  return [
    { name: 'duplicate numeric id', family: 'ids', data: `${goodLine({ id: 5 })}\n${goodLine({ id: 5 })}\n`, expect: { lines: [2] }, browser: true },
    { name: 'duplicate id, number and string', family: 'ids', data: `${goodLine({ id: 5 })}\n${goodLine({ id: '5' })}\n`, expect: { lines: [2] } },
    { name: 'duplicate string id', family: 'ids', data: `${goodLine({ id: 'a' })}\n${goodLine({ id: 'b' })}\n${goodLine({ id: 'a' })}\n`, expect: { lines: [3] } },
    { name: 'ids of the existing articles, new texts', family: 'ids', data: [1, 2, 3].map((id) => goodLine({ id })).join('\n') + '\n', expect: { lines: [] } },
    { name: 'the same line twice', family: 'ids', data: `${same}\n${same}\n`, expect: { lines: [2] } },
    { name: 'same URL twice, no ids', family: 'ids', data: `${JSON.stringify({ v: 1, url: 'https://twice.example/a', text: A[0] })}\n${JSON.stringify({ v: 1, url: 'https://twice.example/a', text: A[1] })}\n`, expect: { any: true } },
    { name: 'same text twice under two URLs', family: 'ids', data: `${JSON.stringify({ v: 1, url: 'https://t1.example/a', text: `${A[2]} نسخة` })}\n${JSON.stringify({ v: 1, url: 'https://t2.example/a', text: `${A[2]} نسخة` })}\n`, expect: { any: true } },
    { name: 'the URL of an existing article with a new text', family: 'ids', data: `${JSON.stringify({ v: 1, url: existingUrl, text: `${A[1]} نص جديد` })}\n`, expect: { lines: [] }, updatesUrls: [existingUrl] },
    { name: 'the URL of an existing article with a fragment', family: 'ids', data: `${JSON.stringify({ v: 1, url: `${existingUrl}#section`, text: `${A[0]} نص آخر` })}\n`, expect: { lines: [] }, updatesUrls: [existingUrl] },
  ];
}

function heavy(): MalformedFile[] {
  const big = 'خبر عاجل عن الفيضانات '.repeat(50 * 1024 * 1024 / 40);
  return [
    {
      name: 'a 50 MB record', family: 'huge', expect: { lines: [2] },
      data: async function* () {
        yield enc.encode(`${goodLine()}\n{"v":1,"text":"`);
        for (let at = 0; at < big.length; at += 1 << 20) yield enc.encode(big.slice(at, at + (1 << 20)));
        yield enc.encode(`"}\n${goodLine()}\n`);
      },
    },
    { name: 'a million lines of a bad article', family: 'huge', data: repeated(`${JSON.stringify({ v: 1, title: 'بلا نص' })}\n`, 1_000_000, `${goodLine()}\n`), expect: { any: true } },
    // More files of a million lines or tens of megabytes, with ISNAD_LONG=1 only (seconds each).
    ...(LONG ? [
      { name: 'a million blank lines around one article', family: 'huge', data: repeated('\n', 1_000_000, `${goodLine()}\n`), expect: { lines: [] } },
      { name: 'a million lines of {}', family: 'huge', data: repeated('{}\n', 1_000_000), expect: { any: true } },
      { name: '30 MB without a line end', family: 'huge', data: repeated('{"v":1,', 4_300_000), expect: { any: true } },
    ] as MalformedFile[] : []),
    { name: 'a line just under the limit', family: 'huge', data: `${JSON.stringify({ v: 1, url: 'https://long.example/a', text: `${A[0]} ${'و'.repeat(2 * 1024 * 1024 - 300)}` })}\n`, expect: { any: true } },
  ];
}

function fieldTypes(): MalformedFile[] {
  const out: MalformedFile[] = [];
  const wrong: [string, unknown][] = [['a number', 12], ['true', true], ['null', null], ['an array', ['x']], ['an object', { x: 1 }], ['an empty object', {}]];
  for (const field of ['url', 'title', 'outlet', 'published', 'file', 'origin', 'layout', 'addedAt', 'id', 'v', 'text']) {
    for (const [label, value] of wrong) {
      if (field === 'addedAt' && typeof value === 'number') continue;
      if (field === 'id' && typeof value === 'number') continue;
      if (field === 'v' && value === 12) continue;
      const line = JSON.stringify({ v: 1, text: A[1], [field]: value });
      out.push({ name: `${field} is ${label}`, family: 'wrong field type', data: `${goodLine()}\n${line}\n`, expect: { lines: [2] } });
    }
  }
  return out;
}

function oddButValid(): MalformedFile[] {
  const texts: [string, string][] = [
    ['bidi overrides in every field', '\u202Eأعلنت\u202C الوزارة \u2067تسجيل 45\u2069 إصابة'],
    ['zero-width joiners', 'أعلنت\u200d الوزارة\u200c تسجيل ٤٥ إصابة'],
    ['decomposed letters (NFD)', 'أعلنت الوزارة تسجيل 45 إصابة'.normalize('NFD')],
    ['Persian digits and letters', 'اعلام کرد که ۴۵ نفر در کسلا مبتلا شدند'],
    ['emoji sequences', 'أعلنت الوزارة 👨‍👩‍👧‍👦 تسجيل 45 إصابة 🇸🇩'],
    ['escaped NUL in text', 'أعلنت\u0000 الوزارة تسجيل 45 إصابة'],
    ['only digits', '45 45 45 45'],
    ['a single letter', 'ع'],
    ['HTML inside text', '<script>alert(1)</script> أعلنت الوزارة تسجيل 45 إصابة'],
  ];
  return texts.map(([label, text], i) => ({
    name: label, family: 'odd but valid', expect: { any: true },
    data: `${JSON.stringify({ v: 1, url: `https://odd${i}.example/\u202Ea`, title: text.slice(0, 40), outlet: text.slice(0, 20), text })}\n`,
  }));
}

/** Every file, in a fixed order. `existingUrl` is an article already in the store. */
export function malformedFiles(existingUrl: string): MalformedFile[] {
  return [
    ...boms(),
    ...NOT_A_CORPUS.map(([name, data], i) => refusedIfFirst(name, data, i % 5 === 0)),
    ...versions(),
    ...lineEnds(),
    ...ids(existingUrl),
    ...badAmongGood(),
    ...fieldTypes(),
    ...truncations(),
    ...corruptions(),
    ...oddButValid(),
    ...heavy(),
  ];
}
