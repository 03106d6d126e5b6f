/** Conflicts first: the page's sentence and the source's sentence side by side, each figure emphasised. */
import type { PageClaim } from '../platform/protocol.ts';
import { formatDate, t } from '../platform/i18n.ts';
import { httpUrl } from '../ui/safe-url.ts';
import { Statement } from '../ui/statement.tsx';
import { sourceMatches } from '../ui/verdict.ts';

export function ConflictPairs({ claims }: { claims: PageClaim[] }) {
  const pairs = claims.flatMap((c) =>
    sourceMatches(c.report).filter((m) => m.verdict === 'conflicts').map((m) => ({ claim: c, match: m })));
  if (!pairs.length) return null;
  return (
    <section class="conflicts" aria-labelledby="conflicts-heading">
      <h2 id="conflicts-heading">{t('conflictsHeading')} ({pairs.length})</h2>
      {pairs.map(({ claim, match }, i) => {
        const link = httpUrl(match.article.url);
        return (
          <div class="pair" key={i} data-claim={claim.id}>
            <div class="pair-side pair-side--page">
              <div class="pair-head">
                <span class="pair-outlet">{t('thisPage')}</span>
                <span class="pair-figure" dir="auto">{claim.report.claim.text}</span>
              </div>
              <Statement text={claim.sentence.text} emphasis={claim.sentence.emphasis} />
            </div>
            <div class="pair-side pair-side--source">
              <div class="pair-head">
                <span class="pair-outlet" dir="auto">{match.article.outlet || t('unknownOutlet')}</span>
                <span class="pair-figure" dir="auto">{match.text}</span>
              </div>
              <Statement text={match.statement} emphasis={match.emphasis} />
              <div class="pair-foot">
                {match.article.published && <time>{formatDate(match.article.published)}</time>}
                {link && <a href={link} target="_blank" rel="noopener noreferrer">{t('openSource')}</a>}
              </div>
            </div>
          </div>
        );
      })}
    </section>
  );
}
