import { useState } from 'preact/hooks';
import { askBackground } from '../platform/messaging.ts';
import { t } from '../platform/i18n.ts';
import { errorText } from '../ui/error-text.ts';

/** Replace the whole corpus with the seed articles, after asking. */
export function ResetPanel({ onChange }: { onChange: () => void }) {
  const [status, setStatus] = useState('');
  const reset = async () => {
    if (!confirm(t('confirmReset'))) return;
    try {
      await askBackground('ui-to-background:reset-to-seeds', {});
      setStatus(t('resetDone'));
      onChange();
    } catch (e) {
      setStatus(errorText(e));
    }
  };
  return (
    <section class="panel" aria-labelledby="reset-heading">
      <h2 id="reset-heading">{t('resetHeading')}</h2>
      <button type="button" id="reset" class="danger" onClick={reset}>{t('resetButton')}</button>
      {status && <p class="message" role="status">{status}</p>}
    </section>
  );
}
