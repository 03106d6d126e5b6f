/** Reads the live page as an article to add to the corpus. */
import type { PageArticle } from '../../platform/protocol.ts';
import { findMainContent } from './main-content.ts';

function meta(doc: Document, selector: string): string {
  return doc.querySelector<HTMLMetaElement>(selector)?.content.trim() ?? '';
}

export function pageOutlet(doc: Document): string {
  return meta(doc, 'meta[property="og:site_name"]') || meta(doc, 'meta[name="application-name"]')
    || doc.location.hostname.replace(/^www\./, '');
}

export function pagePublished(doc: Document): string | undefined {
  const value = meta(doc, 'meta[property="article:published_time"]')
    || meta(doc, 'meta[name="date"]')
    || (doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime') ?? '');
  return value || undefined;
}

export function readPageArticle(doc: Document, incognito: boolean): PageArticle {
  const main = findMainContent(doc);
  const published = pagePublished(doc);
  return {
    url: doc.location.href,
    title: main?.title?.text || doc.title.trim(),
    outlet: pageOutlet(doc),
    ...(published ? { published } : {}),
    blocks: main ? main.blocks.map((b) => b.text) : [],
    incognito,
  };
}
