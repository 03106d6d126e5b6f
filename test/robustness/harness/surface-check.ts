/**
 * What a surface (the hover card, the popup, the options page) may contain
 * after showing hostile text: the payload as plain text, and none of the
 * elements, handlers or links the payload tried to create. Written as one
 * self-contained function so it runs in Node (happy-dom) and, passed to
 * `evaluate`, inside real browsers.
 */
export interface SurfaceReport {
  /** How far the surface's content sticks out sideways, px (long unbroken payloads must wrap). */
  overflow?: number;
  /** Payload ids whose exact text appears in the surface's text. */
  shown: string[];
  /** Elements or attributes a payload could have produced ("img", "onerror", "href=javascript:"…). */
  injected: string[];
  /** Links whose target is not http(s). */
  badLinks: string[];
  /** The canary flags a running payload sets. */
  pwned: string | null;
}

export function checkSurface(arg: { root: string; payloads: { id: string; text: string; alt?: string }[]; allowed: string[] }): SurfaceReport {
  const roots: ParentNode[] = [];
  // "card" is the hover card inside its shadow root; anything else is a selector.
  if (arg.root === 'card') {
    const card = document.querySelector('isnad-card')?.shadowRoot?.querySelector('.isnad-card');
    if (card) roots.push(card);
  } else {
    roots.push(...document.querySelectorAll(arg.root));
  }
  // Text of the surface as Isnad put it there, whitespace as written.
  const text = roots.map((r) => (r as Node).textContent ?? '').join('\n');
  // `alt` is the payload as a page's HTML parser leaves it (for text that came from a page).
  const shown = arg.payloads.filter((p) => text.includes(p.text) || (p.alt !== undefined && text.includes(p.alt))).map((p) => p.id);
  const injected: string[] = [];
  const badLinks: string[] = [];
  const allowed = new Set(arg.allowed);
  for (const root of roots) {
    for (const el of root.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (!allowed.has(tag)) injected.push(tag);
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        if (attr.startsWith('on')) injected.push(`${tag}[${attr}]`);
        if (['src', 'srcdoc', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster'].includes(attr)) injected.push(`${tag}[${attr}]`);
        if (attr === 'style' && /url\(|expression\(/i.test(value)) injected.push(`${tag}[style]`);
        if (attr === 'href' && !/^https?:\/\//i.test(value) && !(tag === 'a' && value.startsWith('blob:'))) badLinks.push(`${tag}[href=${value.slice(0, 60)}]`);
      }
    }
  }
  const root = document.documentElement;
  const pwned = root.getAttribute('data-pwned') ?? ((globalThis as { __isnadPwned?: string }).__isnadPwned ?? null);
  // Extension pages must fit their window; a card must fit itself. (A web page's own overflow is its own.)
  const overflow = arg.root === 'card'
    ? Math.max(0, ...roots.map((r) => (r as Element).scrollWidth - (r as Element).clientWidth))
    : location.protocol.endsWith('extension:') ? Math.max(0, root.scrollWidth - root.clientWidth) : 0;
  return { shown, injected, badLinks, pwned, overflow };
}

/**
 * Opens the hover card of every claim on the page in turn (by focusing its
 * highlight, as a keyboard user would) and checks each card as
 * checkSurface does, in one round trip. Returns the union over all cards.
 */
export function sweepCards(arg: { payloads: { id: string; text: string; alt?: string }[]; allowed: string[] }): SurfaceReport & { cards: number } {
  const allowed = new Set(arg.allowed);
  const shown = new Set<string>();
  const injected: string[] = [];
  const badLinks: string[] = [];
  const firsts = [...document.querySelectorAll<HTMLElement>('article isnad-mark[tabindex="0"]')];
  let cards = 0;
  let overflow = 0;
  for (const mark of firsts) {
    mark.focus();
    const card = document.querySelector('isnad-card')?.shadowRoot?.querySelector('.isnad-card');
    if (!card) continue;
    cards++;
    overflow = Math.max(overflow, card.scrollWidth - card.clientWidth);
    const text = card.textContent ?? '';
    for (const p of arg.payloads) if (text.includes(p.text) || (p.alt !== undefined && text.includes(p.alt))) shown.add(p.id);
    for (const el of card.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (!allowed.has(tag)) injected.push(tag);
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        if (attr.startsWith('on') || ['src', 'srcdoc', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster'].includes(attr)) injected.push(`${tag}[${attr}]`);
        if (attr === 'style' && /url\(|expression\(/i.test(value)) injected.push(`${tag}[style]`);
        if (attr === 'href' && !/^https?:\/\//i.test(value)) badLinks.push(`${tag}[href=${value.slice(0, 60)}]`);
      }
    }
    mark.blur();
  }
  const root = document.documentElement;
  const pwned = root.getAttribute('data-pwned') ?? ((globalThis as { __isnadPwned?: string }).__isnadPwned ?? null);
  return { shown: [...shown], injected, badLinks, pwned, cards, overflow };
}
