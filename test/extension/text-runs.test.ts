// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectRuns, piecesOf } from '../../src/content/page/text-runs.ts';

function body(html: string): HTMLElement {
  document.body.innerHTML = html; // test fixture markup, not page or corpus text
  return document.body;
}

describe('collectRuns', () => {
  it('joins the text nodes of a paragraph across inline tags and collapses whitespace', () => {
    const runs = collectRuns(body('<p>  أعلنت الوزارة   أن <b>2059</b>\n <a href="#">مصابا</a> نقلوا. </p>'));
    expect(runs.map((r) => r.text)).toEqual(['أعلنت الوزارة أن 2059 مصابا نقلوا.']);
    expect(runs[0].linkChars).toBe('مصابا'.length);
  });

  it('splits blocks and <br> lines into separate runs, and skips scripts and pruned subtrees', () => {
    const runs = collectRuns(
      body('<div>قال المتحدث<br>إن الحصيلة 112 قتيلا<p>فقرة ثانية</p><script>var x = 5</script><aside>مقتل 300 شخص</aside></div>'),
      (el) => el.tagName === 'ASIDE',
    );
    expect(runs.map((r) => r.text)).toEqual(['قال المتحدث', 'إن الحصيلة 112 قتيلا', 'فقرة ثانية']);
  });
});

describe('piecesOf', () => {
  it('maps a run range back to pieces of text nodes, keeping the space between inline tags', () => {
    const root = body('<p>بلغ عدد المصابين <b>2059</b> <a href="#">مصابا</a> أمس</p>');
    const [run] = collectRuns(root);
    const start = run.text.indexOf('2059');
    const pieces = piecesOf(run, start, start + '2059 مصابا'.length);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['2059', ' ', 'مصابا']);
  });

  it('drops whitespace at the edges of a claim', () => {
    const [run] = collectRuns(body('<p>قتل <i> 121 </i>شخصا</p>'));
    const at = run.text.indexOf('121');
    const pieces = piecesOf(run, at - 1, at + 4);
    expect(pieces).toHaveLength(1);
    expect(pieces[0].node.data.slice(pieces[0].from, pieces[0].to).trim()).toBe('121');
  });
});
