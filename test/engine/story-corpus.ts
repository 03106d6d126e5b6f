import { readFileSync } from 'node:fs';
import { analyzeText, fingerprint, type Analysis, type CandidateStatement } from '../../src/engine/index.ts';

export const STORIES = ['nahar-digits', 'watan-words', 'sabah-conflict', 'wire-copy'] as const;
export type Story = (typeof STORIES)[number];

export function story(name: Story): Analysis {
  return analyzeText(readFileSync(`test/fixtures/stories/${name}.txt`, 'utf8'));
}

/** Every sentence of the given stories as candidates, as the key index would offer them. */
export function candidatesFrom(names: readonly Story[]): CandidateStatement[] {
  let id = 0;
  return names.flatMap((name, articleId) => {
    const a = story(name);
    const article = { id: articleId + 1, title: a.title, outlet: name, url: `https://example.org/${name}`, fingerprint: fingerprint(a.text) };
    return a.sentences.map((s, i) => ({
      id: ++id, articleId: article.id, text: s.text, start: s.start,
      claims: a.claims.filter((c) => c.sentence === i), article,
    }));
  });
}
