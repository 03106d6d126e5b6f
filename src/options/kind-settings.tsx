import { useEffect, useState } from 'preact/hooks';
import type { ClaimKind } from '../engine/types.ts';
import { CLAIM_KINDS } from '../platform/protocol.ts';
import { t } from '../platform/i18n.ts';
import { getSettings, updateSettings } from '../platform/settings.ts';
import { kindPluralLabel } from '../ui/labels.ts';

/** Which kinds of claim get highlighted on pages. */
export function KindSettings() {
  const [kinds, setKinds] = useState<ClaimKind[] | null>(null);
  useEffect(() => void getSettings().then((s) => setKinds(s.kinds)), []);
  const toggle = async (kind: ClaimKind, on: boolean) => {
    const s = await updateSettings((x) => ({ ...x, kinds: on ? [...x.kinds, kind] : x.kinds.filter((k) => k !== kind) }));
    setKinds(s.kinds);
  };
  return (
    <fieldset class="kinds">
      <legend>{t('kindsHeading')}</legend>
      {kinds && CLAIM_KINDS.map((kind) => (
        <label key={kind}>
          <input type="checkbox" name="kind" value={kind} checked={kinds.includes(kind)}
            onChange={(e) => toggle(kind, (e.target as HTMLInputElement).checked)} />
          {kindPluralLabel(kind)}
        </label>
      ))}
    </fieldset>
  );
}
