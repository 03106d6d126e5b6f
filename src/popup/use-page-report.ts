/**
 * Loads what the popup shows: the tab's page report (from its content
 * script) and the corpus size (from the background). Asks again while the
 * page is still being analysed.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { askBackground, askTab } from '../platform/messaging.ts';
import type { PageReport } from '../platform/protocol.ts';

export type PopupData =
  | { state: 'loading' }
  | { state: 'unavailable' }
  | { state: 'loaded'; tabId: number; report: PageReport; corpusArticles: number | null };

const POLL_MS = 400;
const MAX_POLLS = 75;

export function usePageReport(tab: Promise<number | null>): [PopupData, () => void] {
  const [data, setData] = useState<PopupData>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);

  useEffect(() => {
    let cancelled = false;
    let timer = 0;
    const load = async (poll: number) => {
      const tabId = await tab;
      if (tabId === null) return setData({ state: 'unavailable' });
      let report: PageReport;
      try {
        report = await askTab(tabId, 'ui-to-content:page-report', {});
      } catch {
        if (!cancelled) setData({ state: 'unavailable' });
        return;
      }
      const stats = await askBackground('ui-to-background:corpus-stats', {}).catch(() => null);
      if (cancelled) return;
      setData({ state: 'loaded', tabId, report, corpusArticles: stats?.articles ?? null });
      if (report.status === 'working' && poll < MAX_POLLS) timer = window.setTimeout(() => load(poll + 1), POLL_MS);
    };
    void load(0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [tab, round]);

  return [data, reload];
}
