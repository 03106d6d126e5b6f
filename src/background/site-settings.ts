/**
 * The reader's settings as the background knows them: read once per
 * background lifetime, then kept current through storage.onChanged, so a
 * page check needs no storage read of its own (a storage round trip while
 * a page loads took 10–70 ms here).
 */
import { getSettings, isSiteDisabled, watchSettings, type Settings } from '../platform/settings.ts';

let known: Promise<Settings> | null = null;

watchSettings((next) => {
  known = Promise.resolve(next);
}, new AbortController().signal);

export function currentSettings(): Promise<Settings> {
  known ??= getSettings();
  return known;
}

/**
 * Whether Isnad is off for the page at `url`. A site found off is read
 * again from storage: a stale "off" would leave a page the reader just
 * switched back on unread.
 */
export async function isOffFor(url: string | undefined): Promise<boolean> {
  let host = '';
  try {
    host = new URL(url ?? '').hostname;
  } catch {
    return false;
  }
  if (!isSiteDisabled(await currentSettings(), host)) return false;
  known = getSettings();
  return isSiteDisabled(await known, host);
}
