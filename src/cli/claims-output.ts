import type { Analysis, Claim } from '../engine/index.ts';

/** A claim as the command line prints it in JSON: sentence text instead of its index. */
export function claimJson(claim: Claim, analysis: Analysis): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: claim.kind,
    text: claim.text,
    start: claim.start,
    end: claim.end,
    sentence: analysis.sentences[claim.sentence]?.text ?? '',
    key: claim.key,
  };
  if (claim.kind === 'number') {
    out.value = claim.value;
    if (claim.valueMax !== undefined) out.valueMax = claim.valueMax;
    out.unit = claim.unit;
    out.qualifier = claim.qualifier;
  }
  if (claim.kind === 'quote' && claim.speaker) out.speaker = claim.speaker;
  return out;
}

const QUALIFIER_AR: Record<string, string> = {
  exact: '', more_than: '> ', less_than: '< ', about: '~ ', at_least: '>= ', at_most: '<= ', range: '',
};

/** One line per claim for people: kind, text, and for figures the parsed value. */
export function claimLine(claim: Claim): string {
  if (claim.kind === 'number') {
    const value = claim.qualifier === 'range' ? `${claim.value}-${claim.valueMax}` : `${QUALIFIER_AR[claim.qualifier]}${claim.value}`;
    return `number        ${claim.text}  [${value}${claim.unit ? ' ' + claim.unit : ''}, ${claim.qualifier}]`;
  }
  const speaker = claim.kind === 'quote' && claim.speaker ? `  — ${claim.speaker}` : '';
  return `${claim.kind.padEnd(13)} ${claim.text.length > 90 ? claim.text.slice(0, 87) + '…' : claim.text}${speaker}`;
}
