/** Every claim on the page, grouped by kind, each group in reading order, with its sources. */
import type { ClaimKind } from '../engine/types.ts';
import type { PageClaim } from '../platform/protocol.ts';
import { CLAIM_KINDS } from '../platform/protocol.ts';
import { t } from '../platform/i18n.ts';
import { kindPluralLabel } from '../ui/labels.ts';
import { SourceList } from '../ui/source-list.tsx';
import { VerdictBadge } from '../ui/verdict-badge.tsx';
import { orderedMatches } from '../ui/verdict.ts';

const SOURCES_SHOWN = 2;

function ClaimItem({ claim }: { claim: PageClaim }) {
  const matches = orderedMatches(claim.report);
  return (
    <li class="claim" data-verdict={claim.verdict} data-claim={claim.id}>
      <div class="claim-head">
        <span class="claim-text" dir="auto">{claim.report.claim.text}</span>
        <VerdictBadge verdict={claim.verdict} />
      </div>
      {matches.length > 0 && <SourceList matches={matches} limit={SOURCES_SHOWN} />}
    </li>
  );
}

export function ClaimGroups({ claims }: { claims: PageClaim[] }) {
  const byKind = new Map<ClaimKind, PageClaim[]>();
  for (const c of [...claims].sort((a, b) => a.report.claim.start - b.report.claim.start)) {
    const list = byKind.get(c.report.claim.kind) ?? [];
    list.push(c);
    byKind.set(c.report.claim.kind, list);
  }
  return (
    <section class="groups" aria-label={t('claimsHeading')}>
      {CLAIM_KINDS.filter((k) => byKind.has(k)).map((kind) => (
        <details class="group" data-kind={kind} key={kind} open={kind === 'number'}>
          <summary><h2>{kindPluralLabel(kind)} ({byKind.get(kind)!.length})</h2></summary>
          <ol>{byKind.get(kind)!.map((c) => <ClaimItem claim={c} key={c.id} />)}</ol>
        </details>
      ))}
    </section>
  );
}
