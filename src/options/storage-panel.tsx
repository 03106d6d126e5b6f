import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '../platform/messaging.ts';
import type { CorpusStats } from '../platform/protocol.ts';
import { t, uiLang } from '../platform/i18n.ts';
import { errorText } from '../ui/error-text.ts';

function bytes(n: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return new Intl.NumberFormat(uiLang(), { style: 'unit', unit: units[i], unitDisplay: 'short', maximumFractionDigits: 1 }).format(n);
}

/** How much the corpus holds and how much disk it uses. */
export function StoragePanel({ version }: { version: number }) {
  const [stats, setStats] = useState<CorpusStats | null>(null);
  const [estimate, setEstimate] = useState<StorageEstimate | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    askBackground('ui-to-background:corpus-stats', {})
      .then((s) => (setStats(s), setError('')))
      .catch((e) => (setStats(null), setError(errorText(e))));
    navigator.storage?.estimate().then(setEstimate).catch(() => setEstimate(null));
  }, [version]);
  const n = (v: number) => v.toLocaleString(uiLang());
  return (
    <section class="panel" aria-labelledby="storage-heading">
      <h2 id="storage-heading">{t('storageHeading')}</h2>
      {error && <p class="message message--error" id="storage-error" role="alert">{error}</p>}
      {stats && <p id="corpus-stats" data-articles={stats.articles}>{t('statsLine', n(stats.articles), n(stats.statements), n(stats.keys))}</p>}
      {estimate?.usage !== undefined && (
        <p id="storage-used">{t('storageUsed', bytes(estimate.usage), estimate.quota ? bytes(estimate.quota) : '∞')}</p>
      )}
    </section>
  );
}
