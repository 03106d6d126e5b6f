import type { ClaimVerdict } from '../platform/protocol.ts';
import { verdictLabel } from './labels.ts';

/** A glyph as well as a colour, so the verdict does not rest on colour alone. */
const GLYPH: Record<ClaimVerdict, string> = { agrees: '✓', conflicts: '≠', related: '~', none: '?', pending: '…' };

export function VerdictBadge({ verdict }: { verdict: ClaimVerdict }) {
  return (
    <span class={`isnad-badge isnad-badge--${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true" class="isnad-badge-glyph">{GLYPH[verdict]}</span>
      {verdictLabel(verdict)}
    </span>
  );
}
