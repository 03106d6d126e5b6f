// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { Highlighter, type MarkSpec } from '../../src/content/page/highlighter.ts';
import { collectRuns, piecesOf } from '../../src/content/page/text-runs.ts';

function setup(html: string) {
  document.body.innerHTML = html; // test fixture markup, not page or corpus text
  const [run] = collectRuns(document.body);
  const spec = (id: number, needle: string, kind: MarkSpec['kind'] = 'number'): MarkSpec => {
    const at = run.text.indexOf(needle);
    return { id, kind, verdict: 'none', label: kind, pieces: piecesOf(run, at, at + needle.length) };
  };
  return { run, spec, h: new Highlighter(document) };
}

describe('Highlighter', () => {
  it('wraps claims in focusable marks with kind and verdict, and puts the text nodes back exactly', () => {
    const { spec, h } = setup('<p id="p">أعلنت الوزارة ارتفاع الحصيلة إلى 112 قتيلا و2059 مصابا في سنار.</p>');
    const p = document.getElementById('p')!;
    const original = p.firstChild as Text;
    h.wrap([spec(0, '112 قتيلا'), { ...spec(1, 'سنار', 'place'), verdict: 'agrees' }]);
    const marks = [...p.querySelectorAll('isnad-mark')] as HTMLElement[];
    expect(marks.map((m) => m.textContent)).toEqual(['112 قتيلا', 'سنار']);
    expect(marks[0].dataset).toMatchObject({ isnadKind: 'number', isnadVerdict: 'none', isnadClaim: '0' });
    expect(marks[1].dataset.isnadVerdict).toBe('agrees');
    expect(marks[0].tabIndex).toBe(0);
    expect(p.textContent).toBe('أعلنت الوزارة ارتفاع الحصيلة إلى 112 قتيلا و2059 مصابا في سنار.');

    h.unwrapAll();
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(original);
    expect(original.data).toBe('أعلنت الوزارة ارتفاع الحصيلة إلى 112 قتيلا و2059 مصابا في سنار.');
  });

  it('gives marks of one kind and verdict their own claim, label and style', () => {
    const { spec, h } = setup('<p>قتل 112 شخصا وأصيب 2059 آخرون و40 مفقودا.</p>');
    h.wrap([{ ...spec(1, '112 شخصا'), label: 'رقم أول' }, { ...spec(2, '2059'), label: 'رقم ثان' }, spec(3, '40')]);
    const [a, b, c] = [h.marksOf(1)[0], h.marksOf(2)[0], h.marksOf(3)[0]];
    expect([a, b, c].map((m) => m.dataset.isnadClaim)).toEqual(['1', '2', '3']);
    expect([a, b].map((m) => m.getAttribute('aria-description'))).toEqual(['رقم أول', 'رقم ثان']);
    expect([a, b, c].map((m) => [m.getAttribute('role'), m.getAttribute('aria-expanded'), m.tabIndex])).toEqual([['button', 'false', 0], ['button', 'false', 0], ['button', 'false', 0]]);
    expect(a.style.cssText).toContain('dotted');
    expect(a.style.getPropertyPriority('display')).toBe('important');
    h.setVerdict(2, 'conflicts', 'متعارض');
    expect(b.dataset.isnadVerdict).toBe('conflicts');
    expect(b.style.cssText).toContain('wavy');
    // The others keep theirs: no mark shares its style with another.
    expect([a, c].map((m) => m.dataset.isnadVerdict)).toEqual(['none', 'none']);
    expect(a.style.cssText).not.toContain('wavy');
    expect(c.style.cssText).toBe(a.style.cssText);
  });

  it('gives a claim split by inline tags one tab stop over several marks', () => {
    const { spec, h } = setup('<p>بلغ عدد المصابين <b>2059</b> <a href="#">مصابا</a> أمس</p>');
    h.wrap([spec(7, '2059 مصابا')]);
    const marks = h.marksOf(7);
    expect(marks.length).toBe(3);
    expect(marks.map((m) => m.tabIndex)).toEqual([0, -1, -1]);
    expect(marks[0].parentElement!.tagName).toBe('B');
    expect(marks[2].parentElement!.tagName).toBe('A');
  });

  it('nests a figure inside a quotation', () => {
    const { spec, h } = setup('<p>وقال إن "السيول دمرت أكثر من 27 ألف منزل" في الولايات.</p>');
    h.wrap([spec(0, '"السيول دمرت أكثر من 27 ألف منزل"', 'quote'), spec(1, 'أكثر من 27 ألف منزل')]);
    const figure = h.marksOf(1)[0];
    expect(figure.parentElement!.dataset.isnadKind).toBe('quote');
    h.unwrapAll();
    expect(document.querySelectorAll('isnad-mark')).toHaveLength(0);
    expect(document.querySelector('p')!.childNodes).toHaveLength(1);
  });

  it('keeps the page\'s own rewrite of a text node when unwrapping', () => {
    const { spec, h } = setup('<p>قتل 121 شخصا</p>');
    const node = document.querySelector('p')!.firstChild as Text;
    h.wrap([spec(0, '121 شخصا')]);
    node.data = 'قتل 112 شخصا'; // a page script updates the text it owns
    h.unwrapAll();
    expect(document.querySelector('p')!.textContent).toBe('قتل 112 شخصا');
  });
});
