import type { PageClaim } from '../platform/protocol.ts';
import { t } from '../platform/i18n.ts';

/**
 * The four numbers at the top: claims, agreeing, conflicting, without a
 * source. While sources are being looked up the last three are not known
 * yet: they show an ellipsis, never a count of claims "without a source".
 */
export function Counts({ claims }: { claims: PageClaim[] }) {
  const pending = claims.some((c) => c.verdict === 'pending');
  const n = (v: PageClaim['verdict']) => (pending ? null : claims.filter((c) => c.verdict === v).length);
  const items = [
    ['claims', t('countClaims'), claims.length],
    ['agrees', t('countAgree'), n('agrees')],
    ['conflicts', t('countConflict'), n('conflicts')],
    ['none', t('countNoSource'), n('none')],
  ] as const;
  return (
    <dl class="counts">
      {items.map(([key, label, value]) => (
        <div class={`count count--${key}`} data-count={key} key={key}>
          <dt>{label}</dt>
          <dd>{value === null ? '…' : value.toLocaleString(document.documentElement.lang)}</dd>
        </div>
      ))}
    </dl>
  );
}
