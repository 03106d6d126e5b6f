// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../src/engine/index.ts';
import { findMainContent } from '../../src/content/page/main-content.ts';
import { alignTo, claimPieces, pageText } from '../../src/content/page/page-text.ts';

const ARTICLE = `
  <header class="site-header"><nav><a href="/">الرئيسية</a> <a href="/">أرشيف 2020</a></nav></header>
  <main><article>
    <h1>ارتفاع حصيلة ضحايا الفيضانات في السودان إلى 112 قتيلا</h1>
    <p>أعلنت وزارة الداخلية السودانية، يوم الاثنين، ارتفاع حصيلة ضحايا الفيضانات إلى <b>112</b> قتيلا و2059 مصابا.</p>
    <p>وأعلن البنك الدولي تقديم منحة طارئة بقيمة 3 مليارات دولار لدعم جهود الإغاثة وإعادة الإعمار في السودان.</p>
  </article>
  <section class="comments"><p>أظن أن العدد الحقيقي يتجاوز 9000 شخص، والحكومة تخفي الأرقام منذ سنوات طويلة.</p></section>
  </main>
  <aside class="related"><ul><li><a href="/">مقتل 300 شخص في حادث سير على الطريق الدولي</a></li></ul></aside>`;

describe('page text and the engine', () => {
  it('finds the article without menus, comments or related lists, and maps every claim back to its text', () => {
    document.body.innerHTML = ARTICLE; // test fixture markup, not page or corpus text
    const main = findMainContent(document)!;
    expect(main.title?.text).toBe('ارتفاع حصيلة ضحايا الفيضانات في السودان إلى 112 قتيلا');
    expect(main.blocks.map((b) => b.text.slice(0, 12))).toEqual(['أعلنت وزارة ', 'وأعلن البنك ']);

    const text = pageText(main.title, main.blocks);
    const analysis = analyzeBlocks(text.blocks, text.title);
    const aligned = alignTo(text, analysis.text);
    expect(aligned.starts).toEqual(text.starts);
    const figures = analysis.claims.filter((c) => c.kind === 'number');
    expect(figures.length).toBeGreaterThanOrEqual(4);
    for (const claim of analysis.claims) {
      const pieces = claimPieces(aligned, claim);
      const covered = pieces.map((p) => p.node.data.slice(p.from, p.to)).join('');
      expect(covered.replace(/\s+/g, ' ')).toBe(claim.text);
    }
    // The figure split by <b> is one claim over two text nodes.
    const split = figures.find((c) => c.text.startsWith('112') && c.start > text.starts[1])!;
    expect(claimPieces(aligned, split).length).toBe(2);
  });
});
