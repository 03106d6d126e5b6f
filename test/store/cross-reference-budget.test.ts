import { afterEach, describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/engine/index.ts';
import type { CandidateOptions } from '../../src/store/candidates.ts';
import { candidateBudget, crossReference, MAX_CANDIDATES, MIN_CANDIDATES } from '../../src/store/cross-reference.ts';
import { openStore, shortArticle, story, type TestStore } from './helpers.ts';

let store: TestStore;
afterEach(() => store?.close());

describe('candidate budget per page', () => {
  it('grows with the claims of a page between a floor and a ceiling', () => {
    expect(candidateBudget(0)).toBe(MIN_CANDIDATES);
    expect(candidateBudget(14)).toBe(50);
    expect(candidateBudget(40)).toBe(50);
    expect(candidateBudget(100)).toBe(125);
    expect(candidateBudget(284)).toBe(MAX_CANDIDATES);
    expect(candidateBudget(5000)).toBe(300);
  });

  it('asks the store for as many candidates as the page has budget for, unless told a number', async () => {
    store = await openStore();
    await store.corpus.addArticle({ text: story('watan-words'), origin: 'page' });
    await store.corpus.addArticle({ text: story('sabah-conflict'), origin: 'page' });
    const asked: (number | undefined)[] = [];
    const candidates = store.corpus.candidates.bind(store.corpus);
    store.corpus.candidates = (keys: string[], opts: CandidateOptions = {}) => {
      asked.push(opts.limit);
      return candidates(keys, opts);
    };
    const page = analyzeText(story('nahar-digits'));
    // A long page: sixty civil-defence bulletins, five claims each.
    const bulletins = Array.from({ length: 60 }, (_, i) => shortArticle(i).split('\n').slice(1).join('\n'));
    const long = analyzeText(`حصاد الأسبوع في الخرطوم\n${bulletins.join('\n')}`);
    expect(long.claims.length).toBeGreaterThan(200);

    const reports = await crossReference(store.corpus, page);
    expect(reports.some((r) => r.matches.length > 0)).toBe(true);
    await crossReference(store.corpus, long);
    await crossReference(store.corpus, page, { candidates: 7 });
    expect(asked).toEqual([candidateBudget(page.claims.length), candidateBudget(long.claims.length), 7]);
    expect(asked[1]).toBeGreaterThan(asked[0]!);
  });
});
