// @vitest-environment happy-dom
/**
 * The highlighter on a paragraph of a megabyte with thousands of claims,
 * and against look-alike marks a page adds (issue 6, hostile pages). The
 * same page runs in real browsers in hostile-pages.*.spec.ts.
 */
import { describe, expect, it, vi } from 'vitest';
import { Highlighter, type MarkSpec } from '../../src/content/page/highlighter.ts';
import { collectRuns, piecesOf } from '../../src/content/page/text-runs.ts';
import { add } from './harness/counters.ts';

// The card reaches the polyfill (for its translated labels), which loads only inside an extension.
vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: 'isnad-id' }, i18n: { getMessage: () => '' } } }));
const { CardHost } = await import('../../src/content/page/card-host.ts');

const SENTENCE = 'أعلن الدفاع المدني إنقاذ 120 شخصا من المناطق المنكوبة، وقال إن 45 آخرين ما زالوا مفقودين. ';

describe('the highlighter at scale', () => {
  // Speed is judged in real browsers (hostile-pages, the megabyte page): there the old
  // splitText-per-cut copied the rest of the text at every cut and crashed the tab.
  it('wraps 3,000 claims in one text node of a megabyte, and puts the node back exactly', () => {
    const text = SENTENCE.repeat(Math.ceil(1_000_000 / SENTENCE.length)).slice(0, 1_000_000);
    const p = document.createElement('p');
    p.textContent = text;
    document.body.replaceChildren(p);
    const original = p.firstChild as Text;
    const [run] = collectRuns(document.body);
    const specs: MarkSpec[] = [];
    for (let at = run.text.indexOf('120'), id = 0; at >= 0 && id < 3000; at = run.text.indexOf('120', at + 1), id++) {
      specs.push({ id, kind: 'number', verdict: 'none', label: 'رقم', pieces: piecesOf(run, at, at + '120 شخصا'.length) });
    }
    const h = new Highlighter(document);
    const t0 = performance.now();
    h.wrap(specs);
    const ms = performance.now() - t0;
    add('text.cases');
    expect(p.querySelectorAll('isnad-mark')).toHaveLength(3000);
    expect(p.textContent).toBe(text);
    expect(p.firstChild).toBe(original);
    expect(ms).toBeLessThan(10_000);
    h.unwrapAll();
    expect(p.childNodes).toHaveLength(1);
    expect(p.firstChild).toBe(original);
    expect(original.data).toBe(text);
  });
});

describe('look-alike marks', () => {
  it('a page\'s own <isnad-mark> is not Isnad\'s and opens no card', () => {
    document.body.replaceChildren();
    const p = document.createElement('p');
    p.textContent = 'قتل 121 شخصا في سنار.';
    const fake = document.createElement('isnad-mark');
    fake.dataset.isnadClaim = '0';
    fake.textContent = 'إعلان';
    document.body.append(p, fake);
    const [run] = collectRuns(p);
    const h = new Highlighter(document);
    h.wrap([{ id: 0, kind: 'number', verdict: 'agrees', label: 'رقم', pieces: piecesOf(run, 4, 13) }]);
    const real = p.querySelector('isnad-mark')!;
    expect(h.owns(real)).toBe(true);
    expect(h.owns(fake)).toBe(false);
    const opened: number[] = [];
    const claim = { id: 0 } as never;
    const controller = new AbortController();
    const card = new CardHost(document, (id) => (opened.push(id), claim), controller.signal, (el) => h.owns(el));
    // Cards open only on trusted events (a page's dispatchEvent is not one), so the
    // look-alike filter is checked where every event handler goes through it.
    expect(card.markOf(fake)).toBeNull();
    expect(card.markOf(real)).toBe(real);
    fake.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(opened).toEqual([]);
    expect(card.openClaim).toBeNull();
    controller.abort();
  });
});

describe('a live page that changed while the background worked', () => {
  it('claims still find their blocks when unaligned blocks sit before, between and after them', async () => {
    const { alignTo, partOf, pageText } = await import('../../src/content/page/page-text.ts');
    const run = (text: string) => ({ text }) as never;
    const analysed = pageText(run('عنوان الخبر'), [run('قتل 121 شخصا في سنار.'), run('وأصيب 2059 آخرون.')]);
    const engineText = [analysed.title, ...analysed.blocks].join('\n');
    // Now: a new block at the top, one in the middle and one at the end.
    const now = pageText(run('عنوان الخبر'), [run('عاجل: تحديث'), run('قتل 121 شخصا في سنار.'), run('إعلان'), run('وأصيب 2059 آخرون.'), run('تحديث 2')]);
    const aligned = alignTo(now, engineText);
    expect(aligned.starts.map((s) => s >= 0)).toEqual([true, false, true, false, true, false]);
    const at = (needle: string) => ({ start: engineText.indexOf(needle), end: engineText.indexOf(needle) + needle.length });
    expect(partOf(aligned, at('121 شخصا'))).toBe(2);
    expect(partOf(aligned, at('2059'))).toBe(4);
    expect(partOf(aligned, at('عنوان'))).toBe(0);
  });
});
