/**
 * What a hostile page's own script can try in order to read the hover card,
 * which lists sentences from the reader's other articles (their reading
 * history). Evaluated in the page's main world, i.e. with exactly the page's
 * powers; self-contained (no imports, no closures).
 */
export interface Loot {
  /** Every bit of text the page could reach, joined. */
  text: string;
  /** Tag names of hosts whose shadow root the page got hold of (via element.shadowRoot or a patched attachShadow). */
  roots: string[];
  /** Whether the page saw Isnad's card host at all. */
  sawHost: boolean;
}

/**
 * With `dispatch`, first fakes every way of opening a card on every
 * highlight (synthetic pointer, focus and key events, .focus(), .click());
 * then reads every shadow root it can find, the card host's text, the
 * page's rendered text and a select-all of the document.
 */
export async function pageTriesToReadCards(arg: { dispatch: boolean }): Promise<Loot> {
  // Patched once and left in place, so a card host made later is caught too (if it could be).
  const w = window as unknown as { __caughtRoots?: ShadowRoot[] };
  if (!w.__caughtRoots) {
    const caught: ShadowRoot[] = (w.__caughtRoots = []);
    const original = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit) {
      const root = original.call(this, init);
      caught.push(root);
      return root;
    };
  }
  const caught = w.__caughtRoots;
  const pieces: string[] = [];
  const roots = new Set<string>();
  let sawHost = false;
  const read = (whole: boolean) => {
    for (const el of document.querySelectorAll('*')) {
      const open = el.shadowRoot ?? (el as Element & { openOrClosedShadowRoot?: ShadowRoot }).openOrClosedShadowRoot;
      if (open) {
        roots.add(el.localName);
        pieces.push(open.textContent ?? '');
      }
    }
    for (const root of caught) {
      roots.add(root.host.localName);
      pieces.push(root.textContent ?? '');
    }
    for (const host of document.querySelectorAll<HTMLElement>('isnad-card')) {
      sawHost = true;
      pieces.push(host.textContent ?? '', host.innerText ?? '', host.outerHTML);
    }
    if (!whole) return;
    pieces.push(document.body.innerText);
    const selection = getSelection();
    if (selection) {
      selection.selectAllChildren(document.documentElement);
      pieces.push(selection.toString());
      selection.removeAllRanges();
    }
  };
  const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
  if (arg.dispatch) {
    for (const mark of document.querySelectorAll<HTMLElement>('isnad-mark')) {
      for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter', 'mousemove']) {
        mark.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true }));
      }
      mark.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      // A synthetic Tab, then a script focus: must not pass for the reader's keyboard.
      mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, composed: true }));
      mark.blur();
      mark.focus();
      mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      mark.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
      mark.click();
      // Longer than the card's open delay.
      await wait(150);
      read(false);
    }
  }
  read(true);
  return { text: pieces.join('\n'), roots: [...roots], sawHost };
}
