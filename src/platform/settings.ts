/**
 * User settings, kept in storage.local so every part of the extension (and a
 * restarted service worker) sees the same values.
 */
import type { ClaimKind } from '../engine/types.ts';
import { browser } from './browser.ts';
import { CLAIM_KINDS } from './protocol.ts';

export interface Settings {
  /** Host names where Isnad does nothing ("example.com" also covers "www.example.com"). */
  disabledSites: string[];
  /** Claim kinds that get highlighted on pages. */
  kinds: ClaimKind[];
}

const KEY = 'settings';

export const DEFAULT_SETTINGS: Settings = { disabledSites: [], kinds: [...CLAIM_KINDS] };

function clean(raw: unknown): Settings {
  const s = (raw ?? {}) as Partial<Settings>;
  const sites = Array.isArray(s.disabledSites) ? s.disabledSites.filter((x) => typeof x === 'string') : [];
  const kinds = Array.isArray(s.kinds) ? CLAIM_KINDS.filter((k) => s.kinds!.includes(k)) : [...CLAIM_KINDS];
  return { disabledSites: sites, kinds };
}

/**
 * The settings, or the defaults when storage cannot be read: Firefox keeps
 * storage.local in IndexedDB, so where IndexedDB is unavailable this fails
 * too, and Isnad must still highlight pages with its defaults.
 */
export async function getSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(KEY);
    return clean(stored[KEY]);
  } catch (e) {
    console.warn('Isnad: settings unavailable, using the defaults', e);
    return clean(undefined);
  }
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = clean(change(await getSettings()));
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Calls `onChange` with the new settings whenever they change, until `signal` aborts. */
export function watchSettings(onChange: (s: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(clean(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/** Normalises a host name or URL typed by the user to the form kept in settings. */
export function siteOf(input: string): string {
  const s = input.trim().toLowerCase();
  if (!s) return '';
  try {
    return new URL(s.includes('://') ? s : `http://${s}`).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

export function isSiteDisabled(settings: Settings, host: string): boolean {
  const h = host.toLowerCase().replace(/^www\./, '');
  return settings.disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}
