import { cliticReadings } from '../normalize/clitics.ts';
import { STOPWORDS } from '../lexicon/stopwords.ts';

/**
 * Light normalisation of a folded word for comparing context: strips the
 * article and one conjunction or preposition, nothing from the end. Names
 * and numbers are untouched beyond that prefix.
 */
export function lightStem(word: string): string {
  let w = word;
  if (w.length > 4 && (w.startsWith('وال') || w.startsWith('بال') || w.startsWith('كال') || w.startsWith('فال'))) w = w.slice(3);
  else if (w.length > 4 && w.startsWith('لل')) w = w.slice(2);
  else if (w.length > 3 && w.startsWith('ال')) w = w.slice(2);
  else if (w.length > 4 && w.startsWith('و')) w = w.slice(1);
  return w;
}

const WORD = /[\p{L}\p{M}]+|\d+(?:[.,]\d+)*/gu;

/** Content words of a folded text: light-stemmed, stopwords dropped, digits kept. */
export function contentWords(folded: string): string[] {
  const out: string[] = [];
  // match() gives the words alone; matchAll() made a match object per word.
  for (const w of folded.match(WORD) ?? []) {
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      out.push(w);
      continue;
    }
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    const stem = lightStem(w);
    if (stem.length < 2 || STOPWORDS.has(stem)) continue;
    out.push(stem);
  }
  return out;
}

export { cliticReadings };
