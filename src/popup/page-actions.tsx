/** Add the page to the corpus, switch Isnad off for the site, open the options page. */
import { useState } from 'preact/hooks';
import { browser } from '../platform/browser.ts';
import { askBackground } from '../platform/messaging.ts';
import type { PageReport } from '../platform/protocol.ts';
import { t } from '../platform/i18n.ts';
import { siteOf, updateSettings } from '../platform/settings.ts';
import { errorText } from '../ui/error-text.ts';

function AddButton({ tabId, report, onDone }: { tabId: number; report: PageReport; onDone: () => void }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  if (report.incognito) return <p class="notice" data-notice="private">{t('privateNotice')}</p>;
  const add = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await askBackground('ui-to-background:add-tab-article', { tabId });
      const key = result.status === 'added' ? 'addedArticle' : result.status === 'updated' ? 'updatedArticle' : 'unchangedArticle';
      setMessage({ text: t(key), error: false });
      onDone();
    } catch (e) {
      setMessage({ text: errorText(e), error: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="add">
      <button type="button" class="primary" id="add-article" disabled={busy} onClick={add}>
        {busy ? t('adding') : t('addToCorpus')}
      </button>
      {message && <p class={message.error ? 'message message--error' : 'message'} role="status">{message.text}</p>}
    </div>
  );
}

function SiteSwitch({ report, onDone }: { report: PageReport; onDone: () => void }) {
  const site = siteOf(report.host);
  if (!site) return null;
  const on = report.status !== 'off';
  const toggle = async () => {
    await updateSettings((s) => ({
      ...s,
      disabledSites: on ? [...new Set([...s.disabledSites, site])] : s.disabledSites.filter((x) => x !== site),
    }));
    onDone();
  };
  return (
    <label class="switch">
      <input type="checkbox" role="switch" id="site-switch" checked={on} onChange={toggle} />
      <span dir="auto">{t('siteSwitch', site)}</span>
    </label>
  );
}

export function PageActions({ tabId, report, onChange }: { tabId: number; report: PageReport; onChange: () => void }) {
  return (
    <footer class="actions">
      {/* The corpus is Arabic news: a page that is not Arabic is not offered. */}
      {report.status !== 'not-arabic' && <AddButton tabId={tabId} report={report} onDone={onChange} />}
      <SiteSwitch report={report} onDone={onChange} />
      <OptionsLink />
    </footer>
  );
}

export function OptionsLink() {
  return (
    <button type="button" class="link" id="open-options" onClick={() => browser.runtime.openOptionsPage()}>
      {t('openOptions')}
    </button>
  );
}
