import { describe, expect, it } from 'vitest';
import { analyzeText, fingerprint, matchClaims, overallVerdict, type ClaimReport } from '../../src/engine/index.ts';
import { comparableMagnitude, consistent, interval } from '../../src/engine/match/consistency.ts';
import type { NumberClaim } from '../../src/engine/types.ts';
import { candidatesFrom, story } from './story-corpus.ts';

function reportFor(reports: ClaimReport[], text: string): ClaimReport {
  const r = reports.find((x) => x.claim.text === text);
  if (!r) throw new Error(`no claim "${text}" among ${reports.map((x) => x.claim.text).join(' | ')}`);
  return r;
}

function fig(value: number, qualifier: NumberClaim['qualifier'] = 'exact', valueMax?: number): NumberClaim {
  return { kind: 'number', text: '', start: 0, end: 0, sentence: 0, key: '', value, unit: 'person', qualifier, ...(valueMax ? { valueMax } : {}) };
}

describe('figure consistency', () => {
  it('respects qualifiers', () => {
    expect(consistent(fig(2000, 'more_than'), fig(2012))).toBe(true);
    expect(consistent(fig(2000, 'less_than'), fig(2012))).toBe(false);
    expect(consistent(fig(650000, 'about'), fig(640000))).toBe(true);
    expect(consistent(fig(10, 'range', 20), fig(15))).toBe(true);
    expect(consistent(fig(10, 'range', 20), fig(25))).toBe(false);
    expect(consistent(fig(2012), fig(2122))).toBe(false);
  });

  it('handles negative figures (temperatures, falls): intervals keep their order, same-sign figures can conflict', () => {
    expect(consistent(fig(-5, 'about'), fig(-5.3))).toBe(true);
    expect(consistent(fig(-5, 'about'), fig(-7))).toBe(false);
    expect(consistent(fig(-3, 'less_than'), fig(-10))).toBe(true);
    expect(consistent(fig(-3, 'at_most'), fig(-1))).toBe(false);
    expect(consistent(fig(-10, 'range', -5), fig(-7))).toBe(true);
    expect(consistent(fig(-5, 'range', -10), fig(-7))).toBe(true);
    expect(comparableMagnitude(-5, -15)).toBe(true);
    expect(comparableMagnitude(-5, -50)).toBe(false);
    expect(comparableMagnitude(-5, 5)).toBe(false);
    expect(comparableMagnitude(5, 12)).toBe(true);
    expect(comparableMagnitude(0, 3)).toBe(false);
  });

  it('lets a rounded figure cover its exact value but not a different round figure', () => {
    expect(interval(13200, 'exact')[0]).toBeLessThanOrEqual(13215);
    expect(consistent(fig(13200), fig(13215))).toBe(true);
    expect(consistent(fig(3e9), fig(2.5e9))).toBe(false);
    expect(consistent(fig(2059), fig(2058))).toBe(false);
  });
});

describe('matching the four-outlet story', () => {
  const page = story('nahar-digits');
  const reports = matchClaims(page, candidatesFrom(['watan-words', 'sabah-conflict', 'wire-copy']), { pageFingerprint: fingerprint(page.text) });

  it('agrees across digits, words and Arabic-Indic digits, and across synonyms for the injured', () => {
    const injured = reportFor(reports, 'و2059 مصابا');
    expect(overallVerdict(injured)).toBe('agrees');
    const watan = injured.matches.find((m) => m.article.outlet === 'watan-words');
    expect(watan?.verdict).toBe('agrees');
    expect(watan?.text).toBe('و٢٠٥٩ جريحاً');
    const grant = reportFor(reports, '3 مليارات دولار');
    expect(grant.matches.find((m) => m.article.outlet === 'watan-words')).toMatchObject({ verdict: 'agrees', text: 'بثلاثة مليارات دولار' });
  });

  it('flags a different death toll and a different loan term as conflicts', () => {
    const toll = reportFor(reports, '112 قتيلا');
    expect(overallVerdict(toll)).toBe('conflicts');
    expect(toll.matches[0]).toMatchObject({ verdict: 'conflicts', text: '121 قتيلا' });
    const term = reportFor(reports, '46 شهرا');
    expect(term.matches.find((m) => m.article.outlet === 'sabah-conflict')).toMatchObject({ verdict: 'conflicts', text: '44 شهرا' });
    expect(term.matches.find((m) => m.article.outlet === 'watan-words')).toMatchObject({ verdict: 'agrees', text: 'ستة وأربعين شهرا' });
  });

  it('does not call a grant and a loan of different sizes a conflict', () => {
    const grant = reportFor(reports, '3 مليارات دولار');
    expect(grant.matches.some((m) => m.verdict === 'conflicts')).toBe(false);
  });

  it('keeps qualifiers: نحو 650 ألف agrees with ما يقارب ٦٥٠ ألف and with أكثر من 600 ألف', () => {
    const affected = reportFor(reports, 'نحو 650 ألف شخص');
    expect(affected.matches.filter((m) => m.verdict === 'agrees').map((m) => m.article.outlet).sort()).toEqual(['sabah-conflict', 'watan-words', 'wire-copy']);
  });

  it('relates the same person under different spellings', () => {
    const un = reportFor(reports, 'ستيفان دوجاريك');
    const texts = un.matches.map((m) => m.text);
    expect(texts).toContain('ستيفان دوغاريك');
    expect(texts).toContain('ستيفان دوجريك');
    expect(un.matches.every((m) => m.verdict === 'related')).toBe(true);
  });

  it('matches a trimmed, re-punctuated quotation', () => {
    const q = reports.find((r) => r.claim.kind === 'quote' && r.claim.text.includes('فرق الإنقاذ'));
    expect(q).toBeDefined();
    expect(q!.matches.find((m) => m.article.outlet === 'watan-words')?.verdict).toBe('related');
  });

  it('shows the wire copy as a copy of the page and does not count it as a source', () => {
    const toll = reportFor(reports, 'و2059 مصابا');
    const copy = toll.matches.find((m) => m.article.outlet === 'wire-copy');
    expect(copy?.copyOf).toBe('page');
    expect(toll.sources).toBe(2);
  });

  it('emphasises the matching figure inside the statement', () => {
    const m = reportFor(reports, '46 شهرا').matches[0];
    expect(m.statement.slice(m.emphasis!.start, m.emphasis!.end)).toBe(m.text);
  });
});

describe('copies among sources', () => {
  it('counts a wire story and its reprint as one source when reading a third outlet', () => {
    const page = story('sabah-conflict');
    const reports = matchClaims(page, candidatesFrom(['nahar-digits', 'wire-copy']), { pageFingerprint: fingerprint(page.text) });
    const toll = reportFor(reports, '121 قتيلا');
    expect(toll.matches).toHaveLength(2);
    expect(toll.matches.filter((m) => m.copyOf !== undefined)).toHaveLength(1);
    expect(toll.sources).toBe(1);
  });
});

describe('no source', () => {
  it('reports a figure no other article carries as unsourced', () => {
    const page = analyzeText('أعلنت الوزارة تخفيض القوات بمقدار 1200 فرد.');
    const reports = matchClaims(page, candidatesFrom(['nahar-digits']));
    expect(reports).toHaveLength(1);
    expect(overallVerdict(reports[0])).toBe('none');
    expect(reports[0].sources).toBe(0);
  });

  it('does not match a bare number to an unrelated sentence with the same number', () => {
    const page = analyzeText('افتتح المعرض التشكيلي في أبها بمشاركة 46 فنانا من المنطقة.');
    const reports = matchClaims(page, candidatesFrom(['nahar-digits']));
    expect(reports.filter((r) => r.claim.kind === 'number').every((r) => r.matches.length === 0)).toBe(true);
  });
});

describe('sentences with many figures', () => {
  it('does not set one line of a results table against another', () => {
    const page = analyzeText('بلغت الإيرادات 4,749 مليون درهم إماراتي (1,292 مليون دولار) وبلغ مجموع الموجودات 20,813 مليون درهم إماراتي (5,663 مليون دولار).');
    const other = analyzeText('وبلغ مجموع النقد لدى البنوك 8,731 مليون درهم إماراتي (2,376 مليون دولار) في حين بلغت الإيرادات 4,749 مليون درهم إماراتي (1,292 مليون دولار).');
    const article = { id: 1, title: 't', outlet: 'o', url: 'https://example.org/1' };
    const cands = other.sentences.map((s, i) => ({ id: i + 1, articleId: 1, text: s.text, start: s.start, claims: other.claims.filter((c) => c.sentence === i), article }));
    const reports = matchClaims(page, cands);
    expect(reports.flatMap((r) => r.matches).some((m) => m.verdict === 'conflicts')).toBe(false);
    expect(reportFor(reports, '1,292 مليون دولار').matches[0]?.verdict).toBe('agrees');
  });
});
