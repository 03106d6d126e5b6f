/** The corpus articles that report a claim: outlet, date, title, sentence, verdict, link. */
import type { ClaimMatch } from '../engine/match/types.ts';
import { formatDate, t } from '../platform/i18n.ts';
import { httpUrl } from './safe-url.ts';
import { Statement } from './statement.tsx';
import { VerdictBadge } from './verdict-badge.tsx';

export function SourceItem({ match }: { match: ClaimMatch }) {
  const link = httpUrl(match.article.url);
  const date = formatDate(match.article.published);
  return (
    <li class={`isnad-source isnad-source--${match.verdict}`} data-verdict={match.verdict}>
      <div class="isnad-source-head">
        <span class="isnad-outlet" dir="auto">{match.article.outlet || t('unknownOutlet')}</span>
        {date && <time class="isnad-date" dateTime={match.article.published}>{date}</time>}
        <VerdictBadge verdict={match.verdict} />
      </div>
      {match.article.title && <div class="isnad-source-title" dir="auto">{match.article.title}</div>}
      <Statement text={match.statement} emphasis={match.emphasis} />
      <div class="isnad-source-foot">
        {match.copyOf !== undefined && <span class="isnad-copy">{t('copyOfSource')}</span>}
        {link && (
          <a class="isnad-link" href={link} target="_blank" rel="noopener noreferrer">{t('openSource')}</a>
        )}
      </div>
    </li>
  );
}

export function SourceList({ matches, limit }: { matches: ClaimMatch[]; limit?: number }) {
  const shown = limit ? matches.slice(0, limit) : matches;
  return (
    <>
      <ul class="isnad-sources">
        {shown.map((m) => <SourceItem key={`${m.article.id}:${m.statement.length}:${m.score}`} match={m} />)}
      </ul>
      {matches.length > shown.length && <p class="isnad-more">{t('moreSources', matches.length - shown.length)}</p>}
    </>
  );
}
