/**
 * Functions evaluated inside pages to judge what Isnad did there, and the
 * Node side that turns their readings into pass/fail. The in-page functions
 * are self-contained (no imports, no closures).
 */

export interface PageReading {
  /** Isnad's highlights: one entry per mark element (fake ones from the page excluded by id). */
  marks: { claim: string; kind: string; verdict: string; text: string }[];
  /** The article's paragraphs as the reader sees their text. */
  paragraphs: string[];
  title: string;
}

export function readPage(): PageReading {
  const marks = [...document.querySelectorAll<HTMLElement>('isnad-mark:not(#fake-mark)')].map((m) => ({
    claim: m.dataset.isnadClaim ?? '', kind: m.dataset.isnadKind ?? '', verdict: m.dataset.isnadVerdict ?? '', text: m.textContent ?? '',
  }));
  const paragraphs = [...document.querySelectorAll('article p:not(.byline)')].map((p) => p.textContent ?? '');
  return { marks, paragraphs, title: document.querySelector('article h1')?.textContent ?? '' };
}

export interface Look {
  display: string;
  visibility: string;
  opacity: number;
  color: string;
  background: string;
  fontSize: number;
  decoration: string;
  rect: { x: number; y: number; width: number; height: number };
  /** The same for the element around it (what the page's own text looks like). */
  parent: { color: string; background: string; fontSize: number };
}

/** How the first highlight matching `selector` looks. */
export function lookOfMark(selector: string): Look | null {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const s = getComputedStyle(el);
  // The nearest ancestor with a background decides what the text sits on.
  const bgOf = (start: Element | null) => {
    for (let e = start; e; e = e.parentElement) {
      const b = getComputedStyle(e).backgroundColor;
      if (b && b !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(b)) return b;
    }
    return 'rgb(255, 255, 255)';
  };
  const p = el.parentElement!;
  const ps = getComputedStyle(p);
  const r = el.getBoundingClientRect();
  return {
    display: s.display, visibility: s.visibility, opacity: Number(s.opacity), color: s.color,
    background: s.backgroundColor, fontSize: parseFloat(s.fontSize),
    decoration: `${s.textDecorationLine} ${s.textDecorationStyle} ${s.textDecorationColor}`,
    rect: { x: r.x, y: r.y, width: r.width, height: r.height },
    parent: { color: ps.color, background: bgOf(p), fontSize: parseFloat(ps.fontSize) },
  };
}

/** Isnad's card host, not a page's look-alike. */
export const CARD_HOST = 'isnad-card:not(#fake-card)';

export interface CardLook {
  open: boolean;
  visible: boolean;
  /** What the reader sees at the card's centre is the card itself (nothing of the page covers it). */
  onTop: boolean;
  color: string;
  background: string;
  fontSize: number;
  dir: string;
  rect: { x: number; y: number; width: number; height: number };
  viewport: { width: number; height: number };
  text: string;
  sources: number;
}

/** No card open (or none readable). */
export const NO_CARD: CardLook = { open: false, visible: false, onTop: false, color: '', background: '', fontSize: 0, dir: '', rect: { x: 0, y: 0, width: 0, height: 0 }, viewport: { width: 0, height: 0 }, text: '', sources: 0 };

/** How the open card looks, given its closed shadow root: `tab.inShadow(CARD_HOST, lookOfCard)`. */
export function lookOfCard(root: ShadowRoot): CardLook {
  const host = root.host as HTMLElement;
  const card = root.querySelector<HTMLElement>('.isnad-card');
  const none = { open: false, visible: false, onTop: false, color: '', background: '', fontSize: 0, dir: '', rect: { x: 0, y: 0, width: 0, height: 0 }, viewport: { width: innerWidth, height: innerHeight }, text: '', sources: 0 };
  if (!card) return none;
  const s = getComputedStyle(card);
  const hs = getComputedStyle(host);
  const r = card.getBoundingClientRect();
  const visible = hs.display !== 'none' && hs.visibility !== 'hidden' && Number(hs.opacity) > 0.9 && s.visibility !== 'hidden' && r.width > 100 && r.height > 40;
  const at = document.elementFromPoint(r.x + r.width / 2, r.y + Math.min(r.height / 2, 20));
  return {
    open: true, visible, onTop: at === host, color: s.color, background: s.backgroundColor, fontSize: parseFloat(s.fontSize), dir: card.dir,
    rect: { x: r.x, y: r.y, width: r.width, height: r.height }, viewport: { width: innerWidth, height: innerHeight },
    text: card.textContent ?? '', sources: card.querySelectorAll('.isnad-source').length,
  };
}

/** Relative luminance contrast of two CSS rgb()/rgba() colours (alpha over white). */
export function contrast(fg: string, bg: string): number {
  const parse = (c: string) => {
    const m = /rgba?\(([^)]+)\)/.exec(c);
    if (!m) return [0, 0, 0];
    const [r, g, b, a = 1] = m[1].split(/[,\s/]+/).filter(Boolean).map(Number);
    return [r, g, b].map((v) => v * a + 255 * (1 - a));
  };
  const lum = (c: number[]) => {
    const [r, g, b] = c.map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [l1, l2] = [lum(parse(fg)), lum(parse(bg))].sort((a, b) => b - a);
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Why a highlight is not legible, or [] when it is. */
export function markProblems(look: Look | null): string[] {
  if (!look) return ['no highlight'];
  const out: string[] = [];
  if (look.display === 'none' || look.visibility === 'hidden' || look.opacity < 0.9) out.push(`hidden (${look.display}, ${look.visibility}, ${look.opacity})`);
  if (look.rect.width < 4 || look.rect.height < 8) out.push(`too small (${Math.round(look.rect.width)}×${Math.round(look.rect.height)})`);
  if (look.fontSize < 10) out.push(`font ${look.fontSize}px`);
  if (contrast(look.color, look.parent.background) < 3) out.push(`text contrast ${contrast(look.color, look.parent.background).toFixed(1)}`);
  if (!/underline/.test(look.decoration) && /rgba\(.*,\s*0\)|transparent/.test(look.background)) out.push('no tint and no underline');
  return out;
}

/** Why an open card is not legible, or [] when it is. */
export function cardProblems(card: CardLook): string[] {
  if (!card.open) return ['the card did not open'];
  const out: string[] = [];
  if (!card.visible) out.push('the card is hidden');
  if (!card.onTop) out.push('something of the page covers the card');
  const { x, y, width, height } = card.rect;
  if (x < -1 || y < -1 || x + width > card.viewport.width + 1 || y + height > card.viewport.height + 1) out.push('the card is outside the viewport');
  if (contrast(card.color, card.background) < 4.5) out.push(`card contrast ${contrast(card.color, card.background).toFixed(1)}`);
  if (card.fontSize < 12) out.push(`card font ${card.fontSize}px`);
  if (card.dir !== 'rtl') out.push(`card direction ${card.dir}`);
  return out;
}
