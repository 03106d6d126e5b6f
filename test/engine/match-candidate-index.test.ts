import { describe, expect, it } from 'vitest';
import { analyzeText, fingerprint, matchClaims, statementKeys, type Analysis, type CandidateStatement } from '../../src/engine/index.ts';
import { CandidateIndex } from '../../src/engine/match/candidate-index.ts';
import { candidatesFrom, story } from './story-corpus.ts';

const article = { id: 7, title: 'السيول في السودان', outlet: 'الوطن', url: 'https://example.org/7' };

/** The first sentence of `text` as a candidate of article 7, with the keys the store would hold (or those given). */
function candidate(text: string, id: number, keys?: string[]): CandidateStatement {
  const a: Analysis = analyzeText(text);
  return { id, articleId: 7, text: a.sentences[0].text, start: 0, claims: a.claims.filter((c) => c.sentence === 0), article, keys: keys ?? statementKeys(a, 0) };
}

describe('matching with the keys the store indexed', () => {
  it('gives the same reports whether the keys come with the candidates or are derived', () => {
    const page = story('nahar-digits');
    const bare = candidatesFrom(['watan-words', 'sabah-conflict', 'wire-copy']);
    const stories = { 'watan-words': story('watan-words'), 'sabah-conflict': story('sabah-conflict'), 'wire-copy': story('wire-copy') };
    const keyed = bare.map((c) => {
      const a = stories[c.article.outlet as keyof typeof stories];
      const i = a.sentences.findIndex((s) => s.start === c.start);
      return { ...c, keys: statementKeys(a, i) };
    });
    const opts = { pageFingerprint: fingerprint(page.text) };
    const derived = matchClaims(page, bare, opts);
    expect(derived.flatMap((r) => r.matches).length).toBeGreaterThan(20);
    expect(matchClaims(page, keyed, opts)).toEqual(derived);
  });

  it('compares a figure only with statements indexed under one of its keys when its sentence names no one', () => {
    const page = analyzeText('ارتفعت حصيلة ضحايا الفيضانات إلى 112 قتيلا و2059 مصابا.');
    expect(page.claims.some((c) => c.kind === 'person' || c.kind === 'place' || c.kind === 'organization')).toBe(false);
    const text = 'أعلنت الوزارة ارتفاع حصيلة ضحايا الفيضانات إلى 112 قتيلا و2059 مصابا.';
    const toll = (keys?: string[]) => matchClaims(page, [candidate(text, 1, keys)]).find((r) => r.claim.text === '112 قتيلا')!;
    expect(toll().matches.map((m) => m.verdict)).toEqual(['agrees']);
    expect(toll().matches[0].text).toBe('112 قتيلا');
    // The index's keys are what matching trusts: a statement stored without them is never compared.
    expect(toll([]).matches).toEqual([]);
  });

  it('keeps the first of two equally good statements of one article in candidate order, whichever way each was reached', () => {
    const page = analyzeText('قال ستيفان دوجاريك إن نحو 650 ألف شخص تضرروا من الفيضانات في ولاية سنار.');
    // Reached through the name only (no keys) …
    const byName = candidate('قال ستيفان دوجاريك إن نحو 650 ألف شخص تضرروا من السيول.', 1, []);
    // … and through the figure's key as well; their context scores are equal.
    const byKey = candidate('وقال ستيفان دوجاريك إن نحو 650 ألف شخص تضرروا من السيول.', 2);
    const figure = (list: CandidateStatement[]) => matchClaims(page, list).find((r) => r.claim.kind === 'number')!.matches;
    const first = figure([byName, byKey]);
    const second = figure([byKey, byName]);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ verdict: 'agrees', statement: byName.text });
    expect(second[0]).toMatchObject({ verdict: 'agrees', statement: byKey.text, score: first[0].score });
  });
});

describe('CandidateIndex', () => {
  it('lists each candidate sharing a key or a name once, in candidate order', () => {
    const cands = [
      candidate('أعلن البنك الدولي تقديم منحة بقيمة 3 مليارات دولار للسودان.', 1),
      candidate('ارتفعت حصيلة ضحايا الفيضانات إلى 112 قتيلا.', 2),
      candidate('قال ستيفان دوجاريك إن نحو 650 ألف شخص تضرروا في السودان.', 3),
      candidate('وافتتح المعرض في أبها بمشاركة 46 فنانا.', 4),
    ];
    const index = new CandidateIndex(cands);
    const sudan = [...index.list[0].context.names].find((n) => n.includes('سودان'));
    expect(sudan).toBeDefined();
    expect(index.list[2].context.names.has(sudan!)).toBe(true);
    const toll = cands[1].keys!.find((k) => k.startsWith('num:'))!;
    expect(index.sharing([toll, 'num:killed:999999'], [sudan!])).toEqual([0, 1, 2]);
    expect(index.sharing([toll], [])).toEqual([1]);
    expect(index.sharing([...cands[0].keys!, ...cands[2].keys!], [sudan!, sudan!])).toEqual([0, 2]);
    expect(index.sharing(['place:لا-يوجد'], [])).toEqual([]);
  });
});
