import { describe, expect, it } from 'vitest';
import type { ClaimMatch, ClaimReport } from '../../src/engine/match/types.ts';
import type { NumberClaim, NameClaim } from '../../src/engine/types.ts';
import { claimVerdict, orderedMatches } from '../../src/ui/verdict.ts';

const figure: NumberClaim = {
  kind: 'number', text: '121 قتيلا', start: 40, end: 49, sentence: 0, key: 'n:killed:121', value: 121, unit: 'killed', qualifier: 'exact',
};
const place: NameClaim = { kind: 'place', text: 'سنار', start: 80, end: 84, sentence: 1, key: 'p:سنار' };

function match(verdict: ClaimMatch['verdict'], score: number, extra: Partial<ClaimMatch> = {}): ClaimMatch {
  return {
    verdict, score, text: '112 قتيلا', statement: 'ارتفاع حصيلة ضحايا الفيضانات في السودان إلى 112 قتيلا',
    article: { id: 1, title: 'الفيضانات', outlet: 'النهار', url: 'https://example.com/a' }, ...extra,
  };
}
const report = (claim: ClaimReport['claim'], matches: ClaimMatch[]): ClaimReport => ({ claim, matches, sources: matches.length });

describe('claimVerdict', () => {
  it('puts a conflict above agreement', () => {
    expect(claimVerdict(report(figure, [match('agrees', 0.9), match('conflicts', 0.5)]))).toBe('conflicts');
    expect(claimVerdict(report(figure, [match('related', 0.9), match('agrees', 0.5)]))).toBe('agrees');
  });

  it('calls a figure that others only mention in passing unsourced, but keeps related for names', () => {
    expect(claimVerdict(report(figure, [match('related', 0.7)]))).toBe('none');
    expect(claimVerdict(report(place, [match('related', 0.7)]))).toBe('related');
    expect(claimVerdict(report(figure, []))).toBe('none');
  });

  it('never counts a copy of the page itself as a source', () => {
    expect(claimVerdict(report(figure, [match('agrees', 1, { copyOf: 'page' })]))).toBe('none');
    expect(orderedMatches(report(figure, [match('agrees', 1, { copyOf: 'page' }), match('conflicts', 0.4)]))).toHaveLength(1);
  });
});
