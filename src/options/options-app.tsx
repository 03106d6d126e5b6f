/** The options page: the corpus (list, import, export, reset, storage) and settings. */
import { useState } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import { ArticleList } from './article-list.tsx';
import { ExportPanel } from './export-panel.tsx';
import { ImportPanel } from './import-panel.tsx';
import { KindSettings } from './kind-settings.tsx';
import { ResetPanel } from './reset-panel.tsx';
import { SiteSettings } from './site-settings.tsx';
import { StoragePanel } from './storage-panel.tsx';

export function OptionsApp() {
  // Bumped after anything that changes the corpus, so lists and sizes reload.
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <div class="columns">
        <section class="panel panel--corpus" aria-labelledby="corpus-heading">
          <h2 id="corpus-heading">{t('corpusHeading')}</h2>
          <ArticleList version={version} onChange={changed} />
        </section>
        <div class="side">
          <ImportPanel onChange={changed} />
          <ExportPanel />
          <StoragePanel version={version} />
          <ResetPanel onChange={changed} />
          <section class="panel" aria-labelledby="settings-heading">
            <h2 id="settings-heading">{t('settingsHeading')}</h2>
            <KindSettings />
            <SiteSettings />
          </section>
        </div>
      </div>
    </main>
  );
}
