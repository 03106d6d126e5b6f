/**
 * What an engineer would otherwise reach for: an in-memory full-text index.
 * Neither library tokenises Arabic claims usefully out of the box (hamza
 * splits, Arabic-Indic digits, no notion of a figure), so each statement is
 * indexed under the engine's claim keys as its tokens, the same keys Isnad
 * indexes. The index lives in memory (built at start-up from IndexedDB, as a
 * background would have to); the winning statements are read from IndexedDB.
 */
import { Index } from 'flexsearch';
import MiniSearch from 'minisearch';
import type { CandidateStatement } from '../../src/engine/index.ts';
import type { Records } from './records.ts';

/** Keys may hold spaces ("person:مصعب الريمي"); a line break never occurs in one. */
const SEP = '\n';
const splitKeys = (s: string) => s.split(SEP);

export interface MemoryDesign {
  name: 'flexsearch' | 'minisearch';
  /** Indexes every statement of `records`; returns the build time. */
  build(records: Records): Promise<{ ms: number; statements: number }>;
  /** The top statement references for a page's keys, best first (search only). */
  search(keys: string[], limit: number): number[];
}

export function flexsearchDesign(): MemoryDesign {
  // 'strict' keeps each token whole; `encode` replaces the Latin-centred encoder.
  const index = new Index({ tokenize: 'strict', encode: splitKeys, cache: false });
  return {
    name: 'flexsearch',
    async build(records) {
      const t0 = performance.now();
      let statements = 0;
      await records.forEach((ref, keys) => {
        index.add(ref, keys.join(SEP));
        statements++;
      });
      return { ms: performance.now() - t0, statements };
    },
    search(keys, limit) {
      // suggest: statements sharing only some of the keys are results too (OR, ranked).
      return index.search(keys.join(SEP), { limit, suggest: true }) as number[];
    },
  };
}

export function minisearchDesign(): MemoryDesign {
  const mini = new MiniSearch<{ id: number; k: string }>({
    fields: ['k'],
    tokenize: splitKeys,
    processTerm: (t) => t,
    searchOptions: { combineWith: 'OR', tokenize: splitKeys, processTerm: (t) => t },
  });
  return {
    name: 'minisearch',
    async build(records) {
      const t0 = performance.now();
      let statements = 0;
      let batch: { id: number; k: string }[] = [];
      await records.forEach((ref, keys) => {
        batch.push({ id: ref, k: keys.join(SEP) });
        statements++;
        if (batch.length === 5000) {
          mini.addAll(batch);
          batch = [];
        }
      });
      mini.addAll(batch);
      return { ms: performance.now() - t0, statements };
    },
    search(keys, limit) {
      // MiniSearch ranks every statement sharing a key (BM25) and returns them all.
      return mini.search(keys.join(SEP)).slice(0, limit).map((r) => r.id as number);
    },
  };
}

/** Search, then read the winners' records: what a cross-reference needs before matching. */
export async function memoryCandidates(design: MemoryDesign, records: Records, keys: string[], limit: number): Promise<{ candidates: CandidateStatement[]; searchMs: number }> {
  const t0 = performance.now();
  const refs = design.search(keys, limit);
  const searchMs = performance.now() - t0;
  return { candidates: await records.fetch(refs), searchMs };
}
