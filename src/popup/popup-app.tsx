/** The popup: what Isnad found on the current tab and what the corpus says about it. */
import { useEffect } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import { isolate } from '../ui/error-text.ts';
import { ClaimGroups } from './claim-groups.tsx';
import { ConflictPairs } from './conflict-pairs.tsx';
import { Counts } from './counts.tsx';
import { OptionsLink, PageActions } from './page-actions.tsx';
import { usePageReport } from './use-page-report.ts';

function State({ name, text }: { name: string; text: string }) {
  return <p class="state" data-state={name} role="status">{text}</p>;
}

export function PopupApp({ tab }: { tab: Promise<number | null> }) {
  const [data, reload] = usePageReport(tab);
  // The page re-checks its claims after the corpus or settings change: look again shortly after.
  const later = () => setTimeout(reload, 600);
  useEffect(() => {
    document.body.dataset.state = data.state === 'loaded' ? data.report.status : data.state;
  }, [data]);

  if (data.state === 'loading') return <main class="popup"><State name="loading" text={t('working')} /></main>;
  if (data.state === 'unavailable') {
    return (
      <main class="popup">
        <h1>{t('popupTitle')}</h1>
        <State name="unavailable" text={t('stateUnavailable')} />
        <footer class="actions"><OptionsLink /></footer>
      </main>
    );
  }
  const { report, tabId, corpusArticles } = data;
  const claims = report.claims;
  let body;
  if (report.status === 'off') body = <State name="off" text={t('stateOff')} />;
  else if (report.status === 'not-arabic') body = <State name="not-arabic" text={t('stateNotArabic')} />;
  else if (report.status === 'working' && !claims.length) body = <State name="working" text={t('stateWorking')} />;
  else if (!claims.length) body = <State name="no-claims" text={t('stateNoClaims')} />;
  else {
    body = (
      <>
        <Counts claims={claims} />
        <ConflictPairs claims={claims} />
        <ClaimGroups claims={claims} />
      </>
    );
  }
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {report.corpusError
        ? <State name="corpus-unavailable" text={t('stateError', isolate(report.corpusError))} />
        : corpusArticles === 0 && <State name="empty-corpus" text={t('stateEmptyCorpus')} />}
      {report.status === 'error' && report.error && <State name="error" text={t('stateError', isolate(report.error))} />}
      {claims.some((c) => c.verdict === 'pending') && <State name="sources-pending" text={t('sourcesPending')} />}
      {body}
      <PageActions tabId={tabId} report={report} onChange={later} />
    </main>
  );
}
