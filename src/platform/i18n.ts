/**
 * UI strings from _locales (ar, en), chosen by the browser's language.
 * Message names are typed from the English file so a typo fails to compile.
 */
import type en from '../../public/_locales/en/messages.json';
import { browser } from './browser.ts';

export type MessageKey = keyof typeof en;

/**
 * Strings already looked up. The UI language is fixed for a document's life,
 * and each getMessage call crosses into the browser: a page of 300
 * highlights asked for the same few labels 600 times (about 10 ms of the
 * content script's first seconds).
 */
const looked = new Map<string, string>();
const MAX_LOOKED = 1000;

/** The string for `key`, with $1…$9 placeholders filled from `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const id = subs.length ? `${key}${JSON.stringify(subs)}` : key;
  const known = looked.get(id);
  if (known !== undefined) return known;
  const text = browser.i18n.getMessage(key, subs.map(String)) || key;
  // Counts and names in the substitutions make new strings without end: a full cache starts over.
  if (looked.size >= MAX_LOOKED) looked.clear();
  looked.set(id, text);
  return text;
}

/** "rtl" for Arabic (and other right-to-left UI languages), else "ltr". */
export function uiDir(): 'rtl' | 'ltr' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** The UI language in use, e.g. "ar" or "en". */
export function uiLang(): string {
  return t('langCode');
}

/** Formats a date (ISO string or epoch ms) for the UI language; '' when unknown. */
export function formatDate(value: string | number | undefined): string {
  if (value === undefined || value === '') return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return d.toLocaleDateString(uiLang(), { year: 'numeric', month: 'short', day: 'numeric' });
}

/** Sets lang and dir on a document's root element for the UI language. */
export function localizeDocument(doc: Document): void {
  doc.documentElement.lang = uiLang();
  doc.documentElement.dir = uiDir();
}
