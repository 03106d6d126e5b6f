import { describe, expect, it } from 'vitest';
import { analyzeBlocks } from '../../src/engine/index.ts';
import type { ClaimMatch } from '../../src/engine/match/types.ts';
import { pendingClaims } from '../../src/background/page-claims.ts';
import { carryVerdicts, withoutSources, withVerdicts } from '../../src/content/page/claim-verdicts.ts';

const blocks = [
  'أعلنت وزارة الداخلية السودانية ارتفاع حصيلة ضحايا الفيضانات إلى 121 قتيلا و2059 مصابا.',
  'وحصلت الحكومة السودانية على قرض بقيمة 2.5 مليار دولار يسدد على مدى 44 شهرا.',
];
const claims = pendingClaims(analyzeBlocks(blocks, 'الفيضانات في السودان'));
const toll = claims.find((c) => c.report.claim.text.includes('121'))!;
const loan = claims.find((c) => c.report.claim.text.includes('2.5'))!;
const nahar: ClaimMatch = {
  verdict: 'conflicts', score: 0.8, text: '112 قتيلا', statement: 'ارتفاع حصيلة ضحايا الفيضانات إلى 112 قتيلا',
  article: { id: 3, title: 'الفيضانات', outlet: 'النهار', url: 'https://alnahar.example/floods' },
};

describe('withVerdicts', () => {
  it('gives listed claims their sources and every other claim "none", none left pending', () => {
    const judged = withVerdicts(claims, { verdicts: [{ id: toll.id, verdict: 'conflicts', matches: [nahar], sources: 1 }] });
    expect(judged).toHaveLength(claims.length);
    const t = judged.find((c) => c.id === toll.id)!;
    expect(t.verdict).toBe('conflicts');
    expect(t.report.matches).toEqual([nahar]);
    expect(t.report.sources).toBe(1);
    expect(t.report.claim).toBe(toll.report.claim);
    expect(judged.find((c) => c.id === loan.id)).toMatchObject({ verdict: 'none', report: { matches: [], sources: 0 } });
    expect(judged.some((c) => c.verdict === 'pending')).toBe(false);
  });

  it('ends the wait without sources when the lookup failed', () => {
    expect(withoutSources(claims).map((c) => c.verdict)).toEqual(claims.map(() => 'none'));
  });
});

describe('carryVerdicts', () => {
  it('lets a claim unchanged by a live page keep its verdict while the new check is looked up', () => {
    const before = withVerdicts(claims, { verdicts: [{ id: toll.id, verdict: 'conflicts', matches: [nahar], sources: 1 }] });
    // An update paragraph arrives on top: every offset and id moves.
    const after = pendingClaims(analyzeBlocks(['تحديث: وصلت فرق الإغاثة صباح اليوم وانتشلت جثث 3 أشخاص.', ...blocks], 'الفيضانات في السودان'));
    const carried = carryVerdicts(before, after);
    const t = carried.find((c) => c.report.claim.text.includes('121'))!;
    const fresh = after.find((c) => c.report.claim.text.includes('121'))!;
    expect(t.verdict).toBe('conflicts');
    expect(t.report.matches).toEqual([nahar]);
    // Its own place in the new text, not the old one.
    expect(t.id).toBe(fresh.id);
    expect(t.report.claim).toBe(fresh.report.claim);
    expect(t.report.claim.start).not.toBe(toll.report.claim.start);
    // Claims that are new, or that were pending before, stay pending.
    expect(carried.find((c) => c.report.claim.text.includes('3 أشخاص'))?.verdict).toBe('pending');
    expect(carried.find((c) => c.report.claim.text.includes('2.5'))?.verdict).toBe('none');
  });

  it('carries nothing from claims that were still pending', () => {
    const after = pendingClaims(analyzeBlocks(blocks, 'الفيضانات في السودان'));
    expect(carryVerdicts(claims, after).every((c) => c.verdict === 'pending')).toBe(true);
  });
});
