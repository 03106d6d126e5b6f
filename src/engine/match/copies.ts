import { COPY_THRESHOLD, similarity } from './fingerprint.ts';
import type { SourceArticle } from './types.ts';

/**
 * Groups near-identical articles (one wire story reprinted by several
 * outlets). Returns, for each article id that is a copy, the id of the first
 * article of its group, or 'page' when it copies the page being read.
 */
export function findCopies(articles: SourceArticle[], pageFingerprint?: number[]): Map<number, number | 'page'> {
  const copyOf = new Map<number, number | 'page'>();
  const originals: SourceArticle[] = [];
  for (const a of articles) {
    if (pageFingerprint && similarity(a.fingerprint, pageFingerprint) >= COPY_THRESHOLD) {
      copyOf.set(a.id, 'page');
      continue;
    }
    const original = originals.find((o) => similarity(o.fingerprint, a.fingerprint) >= COPY_THRESHOLD);
    if (original) copyOf.set(a.id, original.id);
    else originals.push(a);
  }
  return copyOf;
}
