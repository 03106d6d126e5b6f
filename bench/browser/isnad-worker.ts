/**
 * Isnad's cross-references timed in a dedicated worker of the extension's
 * origin, on the corpus the harness page filled. The extension looks up
 * sources in its background, whose heap holds the store and little else
 * (about 4 MB); the harness page's heap also holds the benchmark (records,
 * the alternatives' indexes), and the collector's work on it lands in the
 * timings. The worker builds the same page queries (they are deterministic).
 */
import { crossReference } from '../../src/store/cross-reference.ts';
import { Corpus } from '../../src/store/corpus.ts';
import { SyntheticCorpus } from '../synthetic/corpus.ts';
import { limitFor } from './limit.ts';
import { makePageQueries, type PageQuery } from './page-queries.ts';
import { runQueries, type LoopOptions, type QueryFigures } from './query-loop.ts';

export interface WorkerRequest {
  id: number;
  /** How many page queries the harness built: the worker builds the same. */
  pages: number;
  loop: LoopOptions;
}

export type WorkerReply = { id: number; figures: QueryFigures } | { id: number; error: string };

let corpus: Promise<Corpus> | null = null;
let pages: PageQuery[] = [];

async function queries({ pages: count, loop }: WorkerRequest): Promise<QueryFigures> {
  corpus ??= Corpus.open();
  const c = await corpus;
  if (pages.length !== count) pages = makePageQueries(count, new SyntheticCorpus());
  return runQueries({
    candidates: async (p) => ({ candidates: await c.candidates(p.keys, { limit: limitFor(p) }) }),
    crossReference: (p) => crossReference(c, p.analysis, { url: p.url, candidates: limitFor(p) }),
  }, pages, loop);
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const request = e.data;
  queries(request).then(
    (figures) => postMessage({ id: request.id, figures } satisfies WorkerReply),
    (err: unknown) => postMessage({ id: request.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) } satisfies WorkerReply),
  );
};
