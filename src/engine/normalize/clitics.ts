/**
 * Proclitics that news Arabic attaches to a word: conjunctions (و، ف),
 * prepositions (ب، ل، ك) and the article ال, alone or stacked (وبال، فلل).
 * Works on folded words. Names are never stemmed: this only peels prefixes
 * so a lexicon lookup can be tried on what remains; suffixes are never cut.
 */
const PREFIXES = [
  '', 'و', 'ف', 'ب', 'ل', 'ك',
  'وب', 'ول', 'وك', 'فب', 'فل', 'فك',
] as const;

/** Every way to read `word` as proclitics + stem, the unsplit reading first. */
export function cliticReadings(word: string): { prefix: string; stem: string }[] {
  const out: { prefix: string; stem: string }[] = [];
  for (const p of PREFIXES) {
    if (p && !word.startsWith(p)) continue;
    const stem = word.slice(p.length);
    if (stem.length < 2) continue;
    out.push({ prefix: p, stem });
  }
  return out;
}

/** Strips the article ال (or لل after ل) from a folded stem, if present. */
export function withoutArticle(stem: string): string | undefined {
  if (stem.startsWith('ال') && stem.length > 3) return stem.slice(2);
  if (stem.startsWith('لل') && stem.length > 3) return stem.slice(2);
  return undefined;
}
