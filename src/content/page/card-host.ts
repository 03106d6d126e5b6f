/**
 * Opens the hover card for a highlighted claim: on hover, keyboard focus or
 * tap. The card lives in a shadow root on its own host element, so the
 * page's CSS cannot restyle it, and is rendered by preact from plain data
 * (text nodes only, never HTML). All listeners hang off the run's signal.
 *
 * The card shows sentences from the reader's other articles, i.e. their
 * reading history, so the page must not be able to read it: the shadow root
 * is closed (only this object holds it, through `mount`; page scripts live in another JS world
 * in both browsers, so a page's own attachShadow cannot catch it), and only
 * the reader can open a card: events a page script dispatches are not
 * trusted and are ignored, and focus (trusted even when a script calls
 * .focus()) opens a card only right after the reader pressed Tab.
 */
import { h, render } from 'preact';
import type { PageClaim } from '../../platform/protocol.ts';
import { HoverCard } from '../../ui/hover-card.tsx';
import cardCss from '../../ui/ui.css?inline';
import { MARK_TAG } from './highlighter.ts';

export const CARD_TAG = 'isnad-card';
const OPEN_DELAY = 120;
const CLOSE_DELAY = 300;
const GAP = 6;
/** A tap focuses and clicks at once: the click right after opening must not close again. */
const TAP_GRACE = 500;
/** Focus that follows a Tab keypress within this long counts as the reader's keyboard move. */
const TAB_FOCUS_WINDOW = 1000;

const HOST_STYLE: [string, string][] = [
  ['position', 'absolute'], ['top', '0'], ['left', '0'], ['z-index', '2147483647'], ['display', 'block'],
  ['visibility', 'visible'], ['opacity', '1'], ['transform', 'none'], ['translate', 'none'], ['scale', 'none'],
  ['rotate', 'none'], ['filter', 'none'], ['backdrop-filter', 'none'], ['clip-path', 'none'], ['mask', 'none'],
  ['pointer-events', 'auto'], ['width', 'auto'], ['height', 'auto'], ['min-width', '0'], ['min-height', '0'],
  ['max-width', 'none'], ['max-height', 'none'], ['margin', '0'], ['padding', '0'], ['border', '0'],
  ['contain', 'none'], ['overflow', 'visible'], ['mix-blend-mode', 'normal'], ['isolation', 'isolate'],
];

export class CardHost {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private anchor: HTMLElement | null = null;
  private tabAt = -Infinity;
  private openTimer = 0;
  private closeTimer = 0;

  constructor(
    private readonly doc: Document,
    private readonly claimOf: (id: number) => PageClaim | undefined,
    signal: AbortSignal,
    /** Whether a mark element is one of Isnad's (a page may add look-alikes). */
    private readonly isOwnMark: (el: Element) => boolean = () => true,
  ) {
    // Events a page script makes (dispatchEvent, el.click()) are untrusted: only the reader's count.
    const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void) =>
      doc.addEventListener(type, (e) => {
        if (e.isTrusted) fn(e);
      }, { signal, capture: true });
    on('mouseover', (e) => this.onOver(e));
    on('mouseout', (e) => this.onOut(e));
    on('focusin', (e) => this.onFocusIn(e));
    on('focusout', (e) => this.onFocusOut(e));
    on('click', (e) => this.onClick(e));
    on('keydown', (e) => this.onKey(e));
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  get openClaim(): number | null {
    return this.anchor ? Number(this.anchor.dataset.isnadClaim) : null;
  }

  /** The innermost of Isnad's own marks at an event target; a page's look-alike is never one. */
  markOf(target: EventTarget | null): HTMLElement | null {
    const el = target instanceof Element ? target : null;
    for (let m = el?.closest<HTMLElement>(MARK_TAG); m; m = m.parentElement?.closest<HTMLElement>(MARK_TAG)) {
      if (this.isOwnMark(m)) return m;
    }
    return null;
  }

  private inCard(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  private onOver(e: MouseEvent): void {
    if (this.inCard(e.target)) return this.cancelClose();
    const mark = this.markOf(e.target);
    if (!mark) return;
    this.cancelClose();
    if (mark === this.anchor) return;
    clearTimeout(this.openTimer);
    this.openTimer = window.setTimeout(() => this.open(mark), OPEN_DELAY);
  }

  private onOut(e: MouseEvent): void {
    const from = this.markOf(e.target) ?? (this.inCard(e.target) ? this.host : null);
    if (!from) return;
    if (this.markOf(e.relatedTarget) === this.anchor || this.inCard(e.relatedTarget)) return;
    clearTimeout(this.openTimer);
    this.scheduleClose();
  }

  private onFocusIn(e: FocusEvent): void {
    // One Tab press moves focus once: a later script .focus() cannot ride on it.
    const byTab = performance.now() - this.tabAt < TAB_FOCUS_WINDOW;
    this.tabAt = -Infinity;
    if (this.inCard(e.target)) return this.cancelClose();
    if (this.returningFocus || !byTab) return;
    const mark = this.markOf(e.target);
    if (mark) this.open(mark);
  }

  private onFocusOut(e: FocusEvent): void {
    if (this.inCard(e.relatedTarget) || (this.anchor && this.markOf(e.relatedTarget) === this.anchor)) return;
    if (this.markOf(e.target) === this.anchor || this.inCard(e.target)) this.scheduleClose();
  }

  private onClick(e: MouseEvent): void {
    if (this.inCard(e.target)) return;
    const mark = this.markOf(e.target);
    if (mark) {
      // Taps have no hover: a tap opens the card, a second tap closes it.
      if (mark === this.anchor && performance.now() - this.openedAt > TAP_GRACE) this.close(false);
      else this.open(mark);
    } else if (this.anchor) {
      this.close(false);
    }
  }

  private openedAt = 0;
  private returningFocus = false;

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Tab') {
      this.tabAt = performance.now();
      return;
    }
    if (e.key === 'Escape' && this.anchor) {
      this.close(true);
      e.stopPropagation();
      return;
    }
    const mark = this.markOf(e.target);
    if (mark && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      this.open(mark);
      // Enter moves into the card so its links are reachable by keyboard.
      this.mount?.querySelector<HTMLElement>('a, button')?.focus();
    }
  }

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => this.close(false), CLOSE_DELAY);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
  }

  private ensureHost(): HTMLElement {
    if (this.host?.isConnected && this.mount) return this.mount;
    // A page that removed the host gets a fresh one; the old root stays unreachable.
    const host = this.doc.createElement(CARD_TAG);
    // CSSOM, not a style attribute: page CSP cannot block it and page CSS
    // cannot outrank it, even rules aimed at isnad-card that hide, shrink,
    // blur or clip it.
    for (const [p, v] of HOST_STYLE) host.style.setProperty(p, v, 'important');
    const shadow = host.attachShadow({ mode: 'closed' });
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(cardCss);
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      // Firefox content scripts cannot adopt their own sheets: fall back to <style>.
      const style = this.doc.createElement('style');
      style.textContent = cardCss;
      shadow.appendChild(style);
    }
    const mount = this.doc.createElement('div');
    mount.className = 'isnad-ui';
    shadow.appendChild(mount);
    this.doc.documentElement.appendChild(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  open(mark: HTMLElement): void {
    clearTimeout(this.openTimer);
    this.cancelClose();
    const claim = this.claimOf(Number(mark.dataset.isnadClaim));
    if (!claim) return;
    const mount = this.ensureHost();
    if (this.anchor && this.anchor !== mark) this.anchor.setAttribute('aria-expanded', 'false');
    if (mark !== this.anchor) this.openedAt = performance.now();
    this.anchor = mark;
    mark.setAttribute('aria-expanded', 'true');
    render(h(HoverCard, { claim, onClose: () => this.close(true) }), mount);
    this.place(mark);
  }

  /** Re-renders the open card after verdicts changed. */
  refresh(): void {
    if (this.anchor?.isConnected) this.open(this.anchor);
    else this.close(false);
  }

  private place(mark: HTMLElement): void {
    const host = this.host!;
    const card = this.mount!.firstElementChild as HTMLElement | null;
    if (!card) return;
    const view = this.doc.defaultView!;
    const a = mark.getBoundingClientRect();
    const c = card.getBoundingClientRect();
    const vw = this.doc.documentElement.clientWidth;
    const vh = view.innerHeight;
    const rtl = card.dir === 'rtl';
    let left = rtl ? a.right - c.width : a.left;
    left = Math.max(GAP, Math.min(left, vw - c.width - GAP));
    const below = a.bottom + GAP;
    const top = below + c.height > vh && a.top - GAP - c.height > 0 ? a.top - GAP - c.height : below;
    host.style.setProperty('left', `${left + view.scrollX}px`, 'important');
    host.style.setProperty('top', `${top + view.scrollY}px`, 'important');
  }

  close(restoreFocus: boolean): void {
    clearTimeout(this.openTimer);
    this.cancelClose();
    const anchor = this.anchor;
    this.anchor = null;
    anchor?.setAttribute('aria-expanded', 'false');
    if (this.mount) render(null, this.mount);
    if (restoreFocus && anchor) {
      // Focus goes back to the claim without opening the card again.
      this.returningFocus = true;
      try {
        anchor.focus();
      } finally {
        this.returningFocus = false;
      }
    }
  }

  private destroy(): void {
    this.close(false);
    this.host?.remove();
    this.host = null;
    this.mount = null;
  }
}
