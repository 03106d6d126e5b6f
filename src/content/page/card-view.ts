/**
 * What draws the hover card: preact, the card component and its styles.
 * Loaded only when the reader first points at or moves to a highlight, so a
 * page's first highlights never wait for a UI runtime it may not need.
 */
import { h, render } from 'preact';
import type { PageClaim } from '../../platform/protocol.ts';
import { HoverCard } from '../../ui/hover-card.tsx';
import cardCss from '../../ui/ui.css?inline';

export { cardCss };

export function renderCard(mount: HTMLElement, claim: PageClaim, onClose: () => void): void {
  render(h(HoverCard, { claim, onClose }), mount);
}

export function clearCard(mount: HTMLElement): void {
  render(null, mount);
}
