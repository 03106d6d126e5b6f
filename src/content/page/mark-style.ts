/**
 * How a highlight looks, set on each mark as inline `!important`
 * declarations. A page's style sheet cannot outrank those (not even
 * `* { all: unset !important }` or rules aimed at isnad-mark), and a page's
 * CSP does not block them (they are set through the CSSOM, not markup).
 *
 * Marks stay inline and inherit font, colour and direction, so layout and
 * reading order do not change. Verdicts differ by tint and by underline
 * style (solid, wavy, dashed, dotted), so they stay apart on light and dark
 * pages and without colour vision; tints are translucent, so the page's own
 * text colour stays readable on its background. What inline styles cannot
 * say, or need not hold against a page (focus rings, nesting, the open
 * claim's thicker underline, underline thickness and offset), stays in
 * highlight.css.
 */
import type { ClaimKind } from '../../engine/types.ts';
import type { ClaimVerdict } from '../../platform/protocol.ts';

/** Undoes what a hostile page may do to an inline element. */
const BASE: Record<string, string> = {
  display: 'inline',
  visibility: 'visible',
  opacity: '1',
  position: 'static',
  transform: 'none',
  filter: 'none',
  'clip-path': 'none',
  'font-size': 'inherit',
  'font-family': 'inherit',
  color: 'inherit',
  cursor: 'help',
  'border-radius': '2px',
  'text-decoration-line': 'underline',
  'text-decoration-skip-ink': 'none',
  '-webkit-box-decoration-break': 'clone',
  'box-decoration-break': 'clone',
};

const VERDICT: Record<ClaimVerdict, Record<string, string>> = {
  agrees: { 'background-color': 'rgba(34, 197, 94, 0.24)', 'text-decoration-color': '#16a34a', 'text-decoration-style': 'solid' },
  conflicts: { 'background-color': 'rgba(239, 68, 68, 0.26)', 'text-decoration-color': '#dc2626', 'text-decoration-style': 'wavy' },
  related: { 'background-color': 'rgba(59, 130, 246, 0.16)', 'text-decoration-color': '#3b82f6', 'text-decoration-style': 'dashed' },
  none: { 'background-color': 'rgba(245, 158, 11, 0.2)', 'text-decoration-color': '#d97706', 'text-decoration-style': 'dotted' },
  // Sources still being looked up: a neutral grey that says "found", not yet "sourced" or "unsourced".
  pending: { 'background-color': 'rgba(120, 120, 120, 0.16)', 'text-decoration-color': 'rgba(120, 120, 120, 0.8)', 'text-decoration-style': 'dotted' },
};

/**
 * Names and quotations are many and rarely in doubt: unless a source agrees
 * or conflicts, they get a faint dotted underline only, so figures stand out
 * (while sources are looked up, too).
 */
const QUIET: Record<string, string> = {
  'background-color': 'transparent',
  'text-decoration-style': 'dotted',
  'text-decoration-color': 'rgba(128, 128, 128, 0.7)',
};

/** Each kind and verdict's declarations, built once: a page sets them on hundreds of marks. */
const built = new Map<string, string>();

export function markStyle(kind: ClaimKind, verdict: ClaimVerdict): string {
  const id = `${kind} ${verdict}`;
  let css = built.get(id);
  if (css === undefined) built.set(id, (css = buildStyle(kind, verdict)));
  return css;
}

function buildStyle(kind: ClaimKind, verdict: ClaimVerdict): string {
  const quiet = kind !== 'number' && (verdict === 'none' || verdict === 'related' || verdict === 'pending');
  const rules = { ...BASE, ...VERDICT[verdict], ...(quiet ? QUIET : {}) };
  if (quiet && kind === 'quote') rules['text-decoration-color'] = 'rgba(128, 128, 128, 0.35)';
  return Object.entries(rules).map(([p, v]) => `${p}: ${v} !important`).join('; ');
}
