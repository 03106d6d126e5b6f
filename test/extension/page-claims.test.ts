import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../src/engine/index.ts';
import type { ClaimMatch } from '../../src/engine/match/types.ts';
import { MATCHES_PER_CLAIM, pageClaims } from '../../src/background/page-claims.ts';

const analysis = analyzeBlocks([
  'أعلنت وزارة الداخلية السودانية ارتفاع حصيلة ضحايا الفيضانات إلى 121 قتيلا و2059 مصابا.',
  'وحصلت الحكومة السودانية على قرض بقيمة 2.5 مليار دولار يسدد على مدى 44 شهرا.',
], 'الفيضانات في السودان');

function match(verdict: ClaimMatch['verdict'], id: number): ClaimMatch {
  return {
    verdict, score: 0.5, text: '112 قتيلا', statement: 'ارتفاع حصيلة ضحايا الفيضانات إلى 112 قتيلا',
    article: { id, title: 'الفيضانات', outlet: 'النهار', url: `https://example.com/${id}` },
  };
}

describe('pageClaims', () => {
  it('gives every claim once, with the sentence it stands in and the claim emphasised there', () => {
    const doubled = { ...analysis, claims: [...analysis.claims, analysis.claims[0]] };
    const claims = pageClaims(doubled, []);
    expect(claims).toHaveLength(new Set(analysis.claims.map((c) => `${c.start}:${c.end}:${c.kind}`)).size);
    const toll = claims.find((c) => c.report.claim.text.includes('121'))!;
    const { text, emphasis } = toll.sentence;
    expect(text.slice(emphasis.start, emphasis.end)).toBe(toll.report.claim.text);
    expect(toll.verdict).toBe('none');
  });

  it('keeps the best few sources per claim, conflicts first', () => {
    const toll = analysis.claims.find((c) => c.text.includes('121'))!;
    const matches = [...Array.from({ length: 9 }, (_, i) => match('agrees', i)), match('conflicts', 99)];
    const claims = pageClaims(analysis, [{ claim: toll, matches, sources: matches.length }]);
    const report = claims.find((c) => c.report.claim === toll)!;
    expect(report.report.matches).toHaveLength(MATCHES_PER_CLAIM);
    expect(report.report.matches[0].verdict).toBe('conflicts');
    expect(report.report.sources).toBe(10);
    expect(report.verdict).toBe('conflicts');
  });
});
