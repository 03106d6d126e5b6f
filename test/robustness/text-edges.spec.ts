/**
 * Text that real pages carry and tests rarely do, through the engine and
 * the store: bidi controls, zero-width joiners, decomposed letters, Persian
 * digits and letters, lone surrogates, emoji sequences and a paragraph of a
 * megabyte. The engine must not throw, every claim's offsets must point at
 * its own text (never inside a surrogate pair), and the figures a reader
 * sees must be found whatever invisible characters surround them.
 * The page side (highlights over the same text) is in hostile-pages.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeBlocks, type Analysis, type NumberClaim } from '../../src/engine/index.ts';
import { exportText, openStore } from '../store/helpers.ts';
import { add, zero } from './harness/counters.ts';

const BASE = 'أعلنت وزارة الصحة السودانية تسجيل 45 إصابة جديدة بالكوليرا في ولاية كسلا، وقال الوزير هيثم محمد إبراهيم إن 1200 شخص تلقوا اللقاح.';

/** The figures of an analysis as value+unit, the way a reader would compare them. */
const figures = (a: Analysis) => a.claims.filter((c): c is NumberClaim => c.kind === 'number').map((c) => `${c.value} ${c.unit}`).sort();

function offsetProblems(a: Analysis): string[] {
  const out: string[] = [];
  const isLow = (i: number) => { const c = a.text.charCodeAt(i); return c >= 0xdc00 && c <= 0xdfff; };
  const isHigh = (i: number) => { const c = a.text.charCodeAt(i); return c >= 0xd800 && c <= 0xdbff; };
  for (const c of a.claims) {
    if (!(c.start >= 0 && c.start < c.end && c.end <= a.text.length)) out.push(`${c.kind} ${c.start}-${c.end} outside the text`);
    else if (a.text.slice(c.start, c.end) !== c.text) out.push(`${c.kind} "${c.text}" is not the text at ${c.start}-${c.end}`);
    if (isLow(c.start) && isHigh(c.start - 1)) out.push(`${c.kind} starts inside a surrogate pair`);
    if (isLow(c.end) && isHigh(c.end - 1)) out.push(`${c.kind} ends inside a surrogate pair`);
  }
  return out;
}

const sprinkle = (text: string, mark: string, every: number) =>
  [...text].map((ch, i) => (i % every === every - 1 ? `${ch}${mark}` : ch)).join('');

/** [name, text, must the figures equal BASE's] */
const CASES: [string, string, boolean][] = [
  ['left-to-right marks around the figures', BASE.replace(/(\d+)/g, '\u200E$1\u200E'), true],
  ['right-to-left marks around the figures', BASE.replace(/(\d+)/g, '\u200F$1\u200F'), true],
  ['bidi isolates around the figures', BASE.replace(/(\d+)/g, '\u2066$1\u2069'), true],
  ['embeddings and overrides around the figures', BASE.replace(/(\d+)/g, '\u202A$1\u202C').replace('1200', '\u202E1200\u202C'), true],
  ['a right-to-left override over the whole sentence', `\u202E${BASE}\u202C`, true],
  ['zero-width non-joiners inside words', sprinkle(BASE, '\u200C', 4), true],
  ['zero-width joiners inside words', sprinkle(BASE, '\u200D', 5), true],
  ['zero-width spaces between letters', sprinkle(BASE, '\u200B', 7), false],
  ['a byte-order mark inside the text', BASE.replace('تسجيل', 'تسجي\uFEFFل'), true],
  ['decomposed hamza letters (NFD)', BASE.normalize('NFD'), true],
  ['composed (NFC)', BASE.normalize('NFC'), true],
  ['NFKC (presentation forms folded)', BASE.normalize('NFKC'), true],
  ['Arabic presentation forms', BASE.replace('الصحة', '\uFEDF\uFEE0\uFEBC\uFEA4\uFE94'), true],
  ['Arabic-Indic digits', BASE.replace('45', '٤٥').replace('1200', '١٢٠٠'), true],
  ['Persian digits', BASE.replace('45', '۴۵').replace('1200', '۱۲۰۰'), true],
  ['Persian letters (ی ک)', BASE.replace(/ي/g, 'ی').replace(/ك/g, 'ک'), true],
  ['tatweel inside words', BASE.replace('إصابة', 'إصـــابة').replace('شخص', 'شـخـص'), true],
  ['diacritics everywhere', BASE.replace('وزارة', 'وَزَارَةُ').replace('إصابة', 'إِصَابَةً'), true],
  ['lone high surrogate before a figure', BASE.replace('45', '\uD83D45'), false],
  ['lone low surrogate after a figure', BASE.replace('45 ', '45\uDE00 '), false],
  ['lone surrogates everywhere', sprinkle(BASE, '\uD800', 9), false],
  ['emoji sequences next to the figures', BASE.replace('45', '👨‍👩‍👧‍👦45🇸🇩').replace('1200', '1200🏳️‍🌈'), false],
  ['emoji with skin tones', `${BASE} 👍🏽 👩🏿‍🚒`, true],
  // A keycap "1️⃣" is read as the figure 1, as the digit it shows: not compared.
  ['emoji keycaps', `${BASE} 1️⃣ #️⃣`, false],
  ['a NUL and other control characters', BASE.replace('تسجيل', 'تسجيل\u0000\u0007'), true],
  ['non-breaking and odd spaces', BASE.replace(/ /g, (s, i: number) => (i % 3 ? '\u00A0' : i % 2 ? '\u2009' : '\u202F')), false],
  ['mathematical digits', BASE.replace('45', '𝟒𝟓'), false],
  ['Arabic comma and decimal separators', BASE.replace('1200', '1٬200').replace('45', '4٫5'), false],
];

describe('text edge cases through the engine', () => {
  zero('text.failures');
  const reference = figures(analyzeBlocks([BASE], 'عنوان'));

  it('the reference sentence has its two figures', () => {
    expect(reference).toHaveLength(2);
  });

  it.each(CASES)('%s', (_name, text, same) => {
    add('text.cases');
    let a: Analysis;
    try {
      a = analyzeBlocks([text, `${text} ${text}`], text.slice(0, 60));
    } catch (e) {
      add('text.failures');
      throw e;
    }
    const problems = offsetProblems(a);
    const found = figures(analyzeBlocks([text], 'عنوان'));
    const wrong = problems.length > 0 || (same && JSON.stringify(found) !== JSON.stringify(reference));
    if (wrong) add('text.failures');
    expect(problems).toEqual([]);
    if (same) expect(found).toEqual(reference);
  });

  it('a 1 MB paragraph is analysed in seconds, with every offset right', () => {
    add('text.cases');
    const paragraph = `${BASE} `.repeat(Math.ceil(1_000_000 / (BASE.length + 1))).slice(0, 1_000_000);
    const t0 = performance.now();
    const a = analyzeBlocks([paragraph], 'خبر طويل');
    const ms = performance.now() - t0;
    const problems = offsetProblems(a);
    const ok = problems.length === 0 && a.claims.length > 1000 && ms < 20_000;
    if (!ok) add('text.failures');
    expect(problems).toEqual([]);
    expect(a.claims.length).toBeGreaterThan(1000);
    expect(ms).toBeLessThan(20_000);
  });

  it('a 1 MB paragraph without a single space or figure', () => {
    add('text.cases');
    const a = analyzeBlocks(['ب'.repeat(1_000_000)], '');
    expect(a.claims).toEqual([]);
  });
});

describe('the same text through the store', () => {
  it('stores, exports and re-imports every case byte for byte', async () => {
    const store = await openStore();
    for (const [i, [, text]] of CASES.entries()) {
      // Texts that differ only in invisible characters are one article (the store dedupes on folded text).
      await store.corpus.addArticle({ text: `${text}\n${text}`, url: `https://edge.example/${i}`, title: text.slice(0, 80), origin: 'import' });
    }
    const exported = await exportText(store.corpus);
    const copy = await openStore();
    const report = await copy.corpus.importJsonl(exported);
    expect(report).toMatchObject({ added: await store.corpus.count(), skipped: [] });
    const texts = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
    expect(texts(await exportText(copy.corpus))).toEqual(texts(exported));
    store.close();
    copy.close();
  });
});
