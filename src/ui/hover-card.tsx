/** The small card a highlighted claim opens: what the claim is and who else reports it. */
import type { PageClaim } from '../platform/protocol.ts';
import { t, uiDir, uiLang } from '../platform/i18n.ts';
import { kindLabel } from './labels.ts';
import { SourceList } from './source-list.tsx';
import { VerdictBadge } from './verdict-badge.tsx';
import { orderedMatches } from './verdict.ts';

export const CARD_SOURCES = 3;

export function HoverCard({ claim, onClose }: { claim: PageClaim; onClose: () => void }) {
  const matches = orderedMatches(claim.report);
  return (
    <div class="isnad-card" role="dialog" aria-label={t('cardLabel', claim.report.claim.text)} dir={uiDir()} lang={uiLang()}
      data-verdict={claim.verdict} data-kind={claim.report.claim.kind}>
      <div class="isnad-card-head">
        <span class="isnad-kind">{kindLabel(claim.report.claim.kind)}</span>
        <VerdictBadge verdict={claim.verdict} />
        <button type="button" class="isnad-close" aria-label={t('close')} onClick={onClose}>×</button>
      </div>
      <p class="isnad-claim" dir="auto">{claim.report.claim.text}</p>
      {matches.length
        ? <SourceList matches={matches} limit={CARD_SOURCES} />
        : claim.verdict === 'pending'
          ? <p class="isnad-empty isnad-pending" role="status">{t('sourcesPending')}</p>
          : <p class="isnad-empty">{t('noSourceInCorpus')}</p>}
    </div>
  );
}
