import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../src/engine/index.ts';
import { percentile, timeIt } from './stats.ts';

/** Builds an article of about `words` words from the seed and test-story paragraphs. */
export function syntheticArticle(words: number): string {
  const sources = [
    ...readdirSync('seeds').map((f) => join('seeds', f)),
    ...readdirSync('test/fixtures/stories').filter((f) => f.endsWith('.txt')).map((f) => join('test/fixtures/stories', f)),
  ];
  const paragraphs = sources.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.split(/\s+/).length > 12));
  const out: string[] = ['عنوان مقال طويل لقياس سرعة المحرك'];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    count += p.split(/\s+/).length;
  }
  return out.join('\n');
}

export interface EngineFigures {
  words: number;
  claims: number;
  medianMs: number;
  p95Ms: number;
  wordsPerSecond: number;
}

export function benchEngine(words = 5000, runs = 40): EngineFigures {
  const text = syntheticArticle(words);
  const actualWords = text.split(/\s+/).length;
  for (let i = 0; i < 5; i++) analyzeText(text);
  const times: number[] = [];
  let claims = 0;
  for (let i = 0; i < runs; i++) {
    const { ms, value } = timeIt(() => analyzeText(text));
    times.push(ms);
    claims = value.claims.length;
  }
  const median = percentile(times, 0.5);
  return { words: actualWords, claims, medianMs: median, p95Ms: percentile(times, 0.95), wordsPerSecond: Math.round(actualWords / (median / 1000)) };
}
