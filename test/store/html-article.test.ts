import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../src/engine/index.ts';
import { blocksText, extractHtmlArticle } from '../../src/store/html-article.ts';
import { parseHtml } from '../../src/store/node-dom.ts';

const PARAGRAPHS = [
  'أعلنت وزارة الداخلية السودانية، يوم الاثنين، ارتفاع حصيلة ضحايا الفيضانات إلى 112 قتيلا و2059 مصابا.',
  'وقال المتحدث باسم الدفاع المدني إن السيول دمرت أكثر من 27 ألف منزل بشكل كامل في ولايات الخرطوم والنيل الأزرق وسنار.',
  'وأعلن البنك الدولي تقديم منحة طارئة بقيمة 3 مليارات دولار لدعم جهود الإغاثة وإعادة الإعمار في السودان.',
];

function page(head: string, article: string): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">${head}</head><body>
    <header><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/politics">سياسة</a></li></ul></nav></header>
    <main>${article}</main>
    <aside><h3>الأكثر قراءة</h3><ul><li><a href="/1">خبر آخر</a></li></ul></aside>
    <footer><p>جميع الحقوق محفوظة © 2020</p></footer><script>var x = "لا تقرأ";</script></body></html>`;
}

describe('extractHtmlArticle', () => {
  it('reads outlet, date and canonical URL from the head and the paragraphs from the main content', () => {
    const html = page(
      `<title>ارتفاع حصيلة ضحايا الفيضانات في السودان | النهار</title><meta property="og:site_name" content="النهار">
       <meta property="article:published_time" content="2020-09-07T08:00:00+03:00"><link rel="canonical" href="https://nahar.example/a/112#top">`,
      `<article><h1>ارتفاع حصيلة ضحايا الفيضانات في السودان</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>`,
    );
    const a = extractHtmlArticle(html, parseHtml);
    expect(a.outlet).toBe('النهار');
    expect(a.published).toBe('2020-09-07T08:00:00+03:00');
    expect(a.url).toBe('https://nahar.example/a/112#top');
    expect(a.title).toContain('ارتفاع حصيلة ضحايا الفيضانات');
    expect(a.blocks).toEqual(PARAGRAPHS);
  });

  it('falls back to time[datetime] for the date and splits <br> runs into blocks', () => {
    const html = page(
      '<title>منحة البنك الدولي</title>',
      `<article><time datetime="2020-09-08">8 سبتمبر</time><div>${PARAGRAPHS[0]}<br>${PARAGRAPHS[1]}<br><b>${PARAGRAPHS[2]}</b></div></article>`,
    );
    const a = extractHtmlArticle(html, parseHtml);
    expect(a.published).toBe('2020-09-08');
    expect(a.outlet).toBe('');
    expect(a.blocks.slice(-3)).toEqual(PARAGRAPHS);
    expect(a.blocks.join(' ')).not.toContain('لا تقرأ');
  });

  it('ignores an unreadable date and a javascript: canonical link', () => {
    const html = page(
      '<meta property="article:published_time" content="قريبا"><link rel="canonical" href="javascript:alert(1)">',
      `<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`,
    );
    const a = extractHtmlArticle(html, parseHtml);
    expect(a.published).toBeUndefined();
    expect(a.url).toBeUndefined();
  });

  it('blocksText builds exactly the text analyzeBlocks analyses', () => {
    const blocks = ['  فقرة أولى\nتكملة ', '', 'فقرة ثانية'];
    expect(blocksText(blocks, ' عنوان الخبر ')).toBe(analyzeBlocks(blocks, ' عنوان الخبر ').text);
    expect(blocksText(blocks, '')).toBe(analyzeBlocks(blocks, '').text);
  });
});
