/** Export the corpus as a JSON Lines file, fetched from the background a few MiB at a time. */
import { useState } from 'preact/hooks';
import { askBackground } from '../platform/messaging.ts';
import { t } from '../platform/i18n.ts';
import { errorText } from '../ui/error-text.ts';

const ANSWER_BYTES = 4 * 1024 * 1024;

export async function exportCorpus(onProgress: (articles: number) => void): Promise<{ blob: Blob; articles: number }> {
  const { session } = await askBackground('ui-to-background:export-begin', {});
  const parts: string[] = [];
  for (;;) {
    const { lines, done } = await askBackground('ui-to-background:export-next', { session, maxBytes: ANSWER_BYTES });
    for (const line of lines) parts.push(`${line}\n`);
    onProgress(parts.length);
    if (done) break;
  }
  return { blob: new Blob(parts, { type: 'application/x-ndjson' }), articles: parts.length };
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportPanel() {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { blob, articles } = await exportCorpus((n) => setStatus(t('exporting', n)));
      save(blob, `isnad-corpus-${new Date().toISOString().slice(0, 10)}.jsonl`);
      setStatus(t('exportDone', articles.toLocaleString(document.documentElement.lang)));
    } catch (e) {
      setStatus(errorText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('exportHeading')}</h2>
      <button type="button" id="export" disabled={busy} onClick={run}>{t('exportButton')}</button>
      {status && <p class="message" id="export-status" role="status">{status}</p>}
    </section>
  );
}
