import { foldText } from '../normalize/fold.ts';
import type { Analysis, Claim } from '../types.ts';
import { quoteShingleKeys } from './claim-keys.ts';
import { contentWords } from './words.ts';

/**
 * Context keys of a figure: its unit with each of the two content words just
 * before it ("ctx:killed:حصيله"). Two outlets giving different tolls for the
 * same event share these keys although their number keys differ, which is
 * how a conflicting figure is found at all.
 */
export function figureContextKeys(sentenceFolded: string, claim: Claim, sentenceStart: number): string[] {
  if (claim.kind !== 'number' || !claim.unit) return [];
  const before = contentWords(sentenceFolded.slice(0, Math.max(0, claim.start - sentenceStart)))
    .filter((w) => !/^\d/.test(w));
  return before.slice(-2).map((w) => `ctx:${claim.unit}:${w}`);
}

/**
 * The keys under which a claim is indexed and looked up. `foldedSentence`,
 * when the caller has it, is `foldText(sentenceText)`: a sentence with
 * several figures is then folded once.
 */
export function claimIndexKeys(claim: Claim, sentenceText: string, sentenceStart: number, foldedSentence?: string): string[] {
  const keys = [claim.key];
  if (claim.kind === 'quote') {
    keys.push(...quoteShingleKeys(foldText(claim.text)));
    if (claim.speakerKey) keys.push(claim.speakerKey);
  }
  if (claim.kind === 'number') keys.push(...figureContextKeys(foldedSentence ?? foldText(sentenceText), claim, sentenceStart));
  return keys;
}

/** All index keys of one sentence of an analysis, without repeats (`claims`: the sentence's claims, when known). */
export function statementKeys(analysis: Analysis, sentence: number, claims: Claim[] = analysis.claims): string[] {
  const s = analysis.sentences[sentence];
  const keys = new Set<string>();
  let folded: string | undefined;
  for (const c of claims) {
    if (c.sentence !== sentence) continue;
    if (c.kind === 'number') folded ??= foldText(s.text);
    for (const k of claimIndexKeys(c, s.text, s.start, folded)) keys.add(k);
  }
  return [...keys];
}
