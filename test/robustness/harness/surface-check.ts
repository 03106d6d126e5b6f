/**
 * What a surface (the hover card, the popup, the options page) may contain
 * after showing hostile text: the payload as plain text, and none of the
 * elements, handlers or links the payload tried to create. Written as one
 * self-contained function so it runs in Node (happy-dom) and, passed to
 * `evaluate`, inside real browsers.
 */
import type { Tab } from '../../e2e/harness/driver.ts';

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
  // A selector. The hover card's root is closed: see checkCard.
  const roots: ParentNode[] = [...document.querySelectorAll(arg.root)];
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
  // Extension pages must fit their window. (A web page's own overflow is its own.)
  const overflow = location.protocol.endsWith('extension:') ? Math.max(0, root.scrollWidth - root.clientWidth) : 0;
  return { shown, injected, badLinks, pwned, overflow };
}

/**
 * Checks the open hover card as checkSurface does, given its closed shadow
 * root (`tab.inShadow('isnad-card', checkCard, …)`), when the focused element
 * is one of the article's highlights; null otherwise. The reader opens the
 * cards (Tab from highlight to highlight, see sweepCards): a page's own
 * .focus() no longer opens one.
 */
export function checkCard(root: ShadowRoot, arg: { payloads: { id: string; text: string; alt?: string }[]; allowed: string[] }): (SurfaceReport & { claim: string }) | null {
  const active = document.activeElement as HTMLElement | null;
  if (!active?.matches('article isnad-mark[tabindex="0"]')) return null;
  const card = root.querySelector('.isnad-card');
  if (!card) return null;
  const allowed = new Set(arg.allowed);
  const injected: string[] = [];
  const badLinks: string[] = [];
  const text = card.textContent ?? '';
  const shown = arg.payloads.filter((p) => text.includes(p.text) || (p.alt !== undefined && text.includes(p.alt))).map((p) => p.id);
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
  const pwned = document.documentElement.getAttribute('data-pwned') ?? ((globalThis as { __isnadPwned?: string }).__isnadPwned ?? null);
  return { claim: active.dataset.isnadClaim ?? '', shown, injected, badLinks, pwned, overflow: Math.max(0, card.scrollWidth - card.clientWidth) };
}

/**
 * Opens the hover card of every claim in the article in turn, as a keyboard
 * user does (Tab from highlight to highlight), and checks each card with
 * checkCard. Returns the union over all cards.
 */
export async function sweepCards(tab: Tab, arg: { payloads: { id: string; text: string; alt?: string }[]; allowed: string[] }): Promise<SurfaceReport & { cards: number }> {
  const firsts = await tab.evaluate(() => document.querySelectorAll('article isnad-mark[tabindex="0"]').length);
  await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const seen = new Set<string>();
  const shown = new Set<string>();
  const out = { injected: [] as string[], badLinks: [] as string[], pwned: null as string | null, overflow: 0 };
  // Links and other focusable elements sit between highlights too.
  for (let presses = 0; seen.size < firsts && presses < firsts * 2 + 50; presses++) {
    await tab.press('Tab');
    const r = await tab.inShadow('isnad-card', checkCard, arg);
    if (!r || seen.has(r.claim)) continue;
    seen.add(r.claim);
    for (const id of r.shown) shown.add(id);
    out.injected.push(...r.injected);
    out.badLinks.push(...r.badLinks);
    out.pwned ??= r.pwned;
    out.overflow = Math.max(out.overflow, r.overflow ?? 0);
  }
  return { ...out, shown: [...shown], cards: seen.size };
}
