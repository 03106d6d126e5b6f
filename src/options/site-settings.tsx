import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import { getSettings, siteOf, updateSettings } from '../platform/settings.ts';

/** Sites where Isnad is off: add one by name, turn one back on. */
export function SiteSettings() {
  const [sites, setSites] = useState<string[] | null>(null);
  const [input, setInput] = useState('');
  useEffect(() => void getSettings().then((s) => setSites(s.disabledSites)), []);
  const add = async (e: Event) => {
    e.preventDefault();
    const site = siteOf(input);
    if (!site) return;
    const s = await updateSettings((x) => ({ ...x, disabledSites: [...new Set([...x.disabledSites, site])] }));
    setSites(s.disabledSites);
    setInput('');
  };
  const remove = async (site: string) => {
    const s = await updateSettings((x) => ({ ...x, disabledSites: x.disabledSites.filter((d) => d !== site) }));
    setSites(s.disabledSites);
  };
  return (
    <fieldset class="sites">
      <legend>{t('disabledSitesHeading')}</legend>
      {sites && sites.length === 0 && <p class="empty">{t('noDisabledSites')}</p>}
      <ul id="disabled-sites">
        {sites?.map((site) => (
          <li key={site}>
            <span dir="ltr">{site}</span>
            <button type="button" onClick={() => remove(site)}>{t('removeSite')}</button>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <label>
          <span>{t('siteInputLabel')}</span>
          <input type="text" id="site-input" dir="ltr" value={input} placeholder="example.com"
            onInput={(e) => setInput((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit">{t('addSite')}</button>
      </form>
    </fieldset>
  );
}
