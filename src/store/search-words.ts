import { foldText } from '../engine/index.ts';

const MAX_WORDS = 96;

function urlParts(url: string): string {
  if (!url) return '';
  try {
    const u = new URL(url);
    let path = u.pathname;
    try {
      path = decodeURIComponent(path);
    } catch {
      // A malformed escape keeps the raw path: still searchable by its ASCII parts.
    }
    return `${u.hostname.replace(/^www\./, '')} ${path}`;
  } catch {
    return url;
  }
}

/**
 * Folded words of a query or of an article's title, outlet and URL. Each word
 * also appears without the article ال, so "رياض" finds "الرياض"; lookups are
 * prefix matches on these words.
 */
export function searchWords(text: string): string[] {
  const out = new Set<string>();
  for (const w of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue;
    out.add(w);
    if (w.startsWith('ال') && w.length > 3) out.add(w.slice(2));
    if (out.size >= MAX_WORDS) break;
  }
  return [...out];
}

/** The derived `words` field of an article row (schema 2). */
export function articleSearchWords(a: { title: string; outlet: string; url: string }): string[] {
  return searchWords(`${a.title} ${a.outlet} ${urlParts(a.url)}`);
}
