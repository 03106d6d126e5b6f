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

describe('collectRuns over many shapes of whitespace', () => {
  // Text nodes with plain single spaces take a fast path (one segment per
  // node); odd whitespace is collapsed word by word. Both must give the text
  // the browser shows, and every character must map back to its node.
  const pieces = ['قتل', '121', 'شخصا', ' ', '  ', '\n', '\t', '\u00a0', ' \n ', 'في', 'سنار.'];
  let seed = 7;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
  const randomText = () => Array.from({ length: 1 + next(8) }, () => pieces[next(pieces.length)]).join('');

  it('gives the collapsed text, link characters and a way back for every character', () => {
    for (let round = 0; round < 300; round++) {
      const p = document.createElement('p');
      const texts: string[] = [];
      let linked = '';
      for (let i = 0, n = 1 + next(5); i < n; i++) {
        const t = randomText();
        texts.push(t);
        const node = document.createTextNode(t);
        if (next(3) === 0) {
          const a = document.createElement('a');
          a.append(node);
          p.append(a);
          linked += t;
        } else {
          p.append(node);
        }
      }
      document.body.replaceChildren(p);
      const runs = collectRuns(document.body);
      const shown = texts.join('').replace(/[ \n\t\r\f\u00a0]+/g, ' ').trim();
      expect(runs.map((r) => r.text)).toEqual(shown ? [shown] : []);
      if (!shown) continue;
      const [run] = runs;
      expect(run.linkChars).toBe(linked.replace(/[ \n\t\r\f\u00a0]/g, '').length);
      for (let i = 0; i < run.text.length; i++) {
        if (run.text[i] === ' ') continue;
        const [piece] = piecesOf(run, i, i + 1);
        expect(piece.node.data.slice(piece.from, piece.to)).toBe(run.text[i]);
      }
    }
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
