import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED_000 = 'seeds/000_c029551ca923acca.txt';
const SEED_002 = 'seeds/002_29cc5db1466c1fe5.txt';

function isnad(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/isnad.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface JsonClaim {
  kind: string;
  text: string;
  start: number;
  end: number;
  sentence: string;
  key: string;
  value?: number;
  unit?: string;
  qualifier?: string;
  verdict?: string;
  matches?: { verdict: string; text: string; statement: string; article: { title: string; file?: string } }[];
}

describe('isnad claims', () => {
  const r = isnad('claims', SEED_000, '--json');
  const { claims } = JSON.parse(r.out) as { claims: JsonClaim[] };
  const text = (kind: string) => claims.filter((c) => c.kind === kind).map((c) => c.text);

  it('prints the seed figures with value, unit and qualifier', () => {
    expect(r.code).toBe(0);
    const figures = claims.filter((c) => c.kind === 'number');
    expect(figures).toContainEqual(expect.objectContaining({ text: '1200 فرد', value: 1200, qualifier: 'exact' }));
    expect(figures).toContainEqual(expect.objectContaining({ value: 1200, qualifier: 'more_than' }));
    expect(figures).toContainEqual(expect.objectContaining({ value: 800 }));
    expect(figures).toContainEqual(expect.objectContaining({ text: 'أقل من عشرة آلاف مقاتل', value: 10000, qualifier: 'less_than' }));
    expect(figures).toContainEqual(expect.objectContaining({ text: 'أكثر من مئة مليون دولار', value: 100000000, unit: 'USD', qualifier: 'more_than' }));
    expect(figures).toContainEqual(expect.objectContaining({ text: 'بخمسة مليارات دولار', value: 5000000000, unit: 'USD' }));
    expect(figures.map((f) => f.text).join('|')).not.toMatch(/16|2014|\(1\)/);
  });

  it('gives offsets into the file text and the sentence of each claim', () => {
    const raw = require('node:fs').readFileSync(SEED_000, 'utf8') as string;
    for (const c of claims) {
      expect(raw.slice(c.start, c.end)).toBe(c.text);
      expect(c.sentence).toContain(c.text);
    }
  });

  it('finds the people, places and organisations', () => {
    expect(text('person')).toEqual(expect.arrayContaining(['مايلز كيكينز', 'ككينز', 'مصطفى الكاظمي', 'عادل عبد المهدي']));
    expect(text('place')).toEqual(expect.arrayContaining(['عين الأسد', 'أربيل', 'التاجي', 'الموصل']));
    expect(text('organization')).toEqual(expect.arrayContaining(['التحالف الدولي', 'داعش']));
    const keys = new Set(claims.filter((c) => c.text === 'مايلز كيكينز' || c.text === 'ككينز').map((c) => c.key));
    expect(keys.size).toBe(1);
  });

  it('gives one person key for كاجينز in the other seed', () => {
    const other = JSON.parse(isnad('claims', SEED_002, '--json').out) as { claims: JsonClaim[] };
    const kagins = other.claims.find((c) => c.text === 'مايلز كاجينز');
    const kikins = claims.find((c) => c.text === 'مايلز كيكينز');
    expect(kagins?.key).toBe(kikins?.key);
    expect(other.claims.some((c) => c.text === 'نينوى' && c.kind === 'place')).toBe(true);
    expect(other.claims.some((c) => c.kind === 'number' && /2014/.test(c.text))).toBe(false);
  });

  it('fails with one line and status 1 on a missing, empty or unreadable file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '  \n');
    for (const args of [['claims', join(dir, 'missing.txt')], ['claims', empty], ['claims', dir], ['claims'], ['frobnicate']]) {
      const bad = isnad(...args);
      expect(bad.code, args.join(' ')).toBe(1);
      expect(bad.err.trim().split('\n')).toHaveLength(1);
      expect(bad.err).toMatch(/^isnad: /);
    }
  });

  it('reads HTML articles through the extractor', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
    const page = join(dir, 'page.html');
    writeFileSync(page, `<!doctype html><html><head><title>خبر</title><meta property="og:site_name" content="الوطن"></head><body>
      <nav>الرئيسية | اقتصاد | رياضة</nav>
      <article><h1>السودان: الفيضانات تحصد 112 قتيلا</h1>
      <p>قالت وزارة الداخلية في السودان إن حصيلة ضحايا السيول ارتفعت إلى 112 قتيلا و2059 جريحا منذ مطلع يوليو في ولايات عدة من البلاد.</p>
      <p>وقدم البنك الدولي منحة طارئة بثلاثة مليارات دولار لدعم الإغاثة وإعادة الإعمار في المناطق المنكوبة.</p></article>
      <footer>جميع الحقوق محفوظة</footer></body></html>`);
    const r = isnad('claims', page, '--json');
    expect(r.code).toBe(0);
    const parsed = JSON.parse(r.out) as { claims: JsonClaim[] };
    expect(parsed.claims.filter((c) => c.kind === 'number').map((c) => c.value)).toEqual(expect.arrayContaining([112, 2059, 3000000000]));
    expect(parsed.claims.some((c) => c.text.includes('الرئيسية'))).toBe(false);
  });
});

describe('isnad xref', () => {
  it('links the seed figures, the spokesman and the quotations across the two seeds', () => {
    const r = isnad('xref', SEED_002, '--corpus', 'seeds/', '--json');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]) as { file: string; claims: JsonClaim[] };
    expect(out.file).toBe(SEED_002);
    const five = out.claims.find((c) => c.text === 'بـ5 مليار دولار');
    expect(five?.matches?.[0]).toMatchObject({ verdict: 'agrees', text: 'بخمسة مليارات دولار' });
    expect(five?.matches?.[0].article.file).toMatch(/000_c029551ca923acca\.txt$/);
    const kagins = out.claims.find((c) => c.text === 'مايلز كاجينز');
    expect(kagins?.matches?.map((m) => m.text)).toContain('مايلز كيكينز');
    const lone = out.claims.find((c) => c.text === 'كاجينز');
    expect(lone?.matches?.map((m) => m.text)).toEqual(expect.arrayContaining(['ككينز']));
    const quotes = out.claims.filter((c) => c.kind === 'quote' && c.matches && c.matches.length > 0);
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    // The article is never its own source.
    expect(out.claims.every((c) => c.matches!.every((m) => !m.article.file?.endsWith('002_29cc5db1466c1fe5.txt')))).toBe(true);
  });

  it('shows 1200 فرد with no source and says so in the first line', () => {
    const r = isnad('xref', SEED_000, '--corpus', 'seeds/');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^seeds\/000_c029551ca923acca\.txt: \d+ claims: \d+ agree, \d+ conflict, \d+ related only, \d+ with no source$/);
    const json = JSON.parse(isnad('xref', SEED_000, '--corpus', 'seeds/', '--json').out) as { claims: JsonClaim[] };
    const title = json.claims.find((c) => c.text === '1200 فرد');
    expect(title?.verdict).not.toBe('agrees');
    expect(title?.matches?.some((m) => m.verdict === 'agrees' || m.verdict === 'conflicts')).toBe(false);
  });

  it('checks several files against one loaded corpus, one JSON line each', () => {
    const r = isnad('xref', 'test/fixtures/stories/nahar-digits.txt', 'test/fixtures/stories/sabah-conflict.txt', '--corpus', 'test/fixtures/stories', '--json');
    expect(r.code).toBe(0);
    const [a, b] = r.out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; claims: JsonClaim[] });
    expect(a.file).toMatch(/nahar-digits/);
    expect(b.claims.find((c) => c.text === '121 قتيلا')?.verdict).toBe('conflicts');
  });

  it('fails with one line on a bad corpus or bad arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"v":1,"title":\n');
    for (const args of [['xref', SEED_000, '--corpus', join(dir, 'nope')], ['xref', SEED_000, '--corpus', bad], ['xref'], ['xref', SEED_000, '--bogus']]) {
      const r = isnad(...args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
  });
});
