/** Import a JSON Lines file: streamed in batches, with a progress bar and a report of what happened to each line. */
import { useState } from 'preact/hooks';
import { askBackground } from '../platform/messaging.ts';
import type { ImportSummary } from '../platform/protocol.ts';
import { t } from '../platform/i18n.ts';
import { errorText, isolate } from '../ui/error-text.ts';
import { lineBatches } from './jsonl-batches.ts';

const SKIPPED_SHOWN = 50;

async function importFile(file: File, onProgress: (fraction: number, lines: number) => void): Promise<ImportSummary> {
  const { session } = await askBackground('ui-to-background:import-begin', {});
  let lines = 0;
  try {
    for await (const batch of lineBatches(file.stream())) {
      lines += batch.lines.length;
      await askBackground('ui-to-background:import-chunk', { session, lines: batch.lines });
      onProgress(file.size ? batch.bytesRead / file.size : 1, lines);
    }
  } catch (e) {
    await askBackground('ui-to-background:import-end', { session, cancel: true }).catch(() => {});
    throw e;
  }
  return askBackground('ui-to-background:import-end', { session });
}

function Report({ report }: { report: ImportSummary }) {
  return (
    <div class="import-report" id="import-report" role="status"
      data-added={report.added} data-updated={report.updated} data-unchanged={report.unchanged} data-skipped={report.skippedTotal}>
      {report.error
        ? <p class="message message--error">{t('importRefused', isolate(report.error))}</p>
        : <p>{t('importReport', report.added, report.updated, report.unchanged, report.skippedTotal)}</p>}
      {report.resumed && <p>{t('importResumed')}</p>}
      {report.skipped.length > 0 && (
        <ul class="skipped">
          {report.skipped.slice(0, SKIPPED_SHOWN).map((s) => (
            // The store's reasons are English: isolate them so they do not scramble the Arabic line.
            <li key={s.line}>{t('skippedLine', s.line)} <bdi dir="auto">{s.reason}</bdi></li>
          ))}
          {report.skippedTotal > Math.min(SKIPPED_SHOWN, report.skipped.length) && <li>…</li>}
        </ul>
      )}
    </div>
  );
}

export function ImportPanel({ onChange }: { onChange: () => void }) {
  const [progress, setProgress] = useState<{ fraction: number; lines: number } | null>(null);
  const [report, setReport] = useState<ImportSummary | null>(null);
  const [error, setError] = useState('');
  const onFile = async (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setReport(null);
    setError('');
    setProgress({ fraction: 0, lines: 0 });
    try {
      setReport(await importFile(file, (fraction, lines) => setProgress({ fraction, lines })));
      setProgress((p) => (p ? { ...p, fraction: 1 } : p));
      onChange();
    } catch (err) {
      setError(errorText(err));
    } finally {
      input.value = '';
    }
  };
  return (
    <section class="panel" aria-labelledby="import-heading">
      <h2 id="import-heading">{t('importHeading')}</h2>
      <p class="help">{t('importHelp')}</p>
      <label class="file">
        <span>{t('importChoose')}</span>
        <input type="file" id="import-file" accept=".jsonl,.ndjson,.json,application/x-ndjson,application/json,text/plain" onChange={onFile} />
      </label>
      {progress && (
        <div class="progress">
          <progress id="import-progress" max={1} value={progress.fraction} />
          <span>{t('importProgress', progress.lines.toLocaleString(document.documentElement.lang))}</span>
        </div>
      )}
      {error && <p class="message message--error" role="alert">{error}</p>}
      {report && <Report report={report} />}
    </section>
  );
}
