import type { CorpusDb } from '../db.ts';
import { mapCooperatively } from '../cooperative.ts';
import { WRITE_BATCH, writeArticles } from '../ingest.ts';
import type { PreparedArticle } from '../prepare.ts';
import type { OperationRow } from '../rows.ts';
import { RunningHash } from '../text-hash.ts';
import type { ArticleInput, ImportReport } from '../types.ts';
import { checkLine, type JsonlArticle } from './format.ts';
import { MAX_LINE, readLines, type Chunk, type ChunkSource, type Line } from './line-reader.ts';

/**
 * What `importJsonl` reads. A string, bytes, or a function returning a fresh
 * stream are read twice: once to check every line (so a newer-format file, or
 * with `strict` any bad line, is refused before anything is written, and an
 * interrupted import of the same file is recognised), then to write. A bare
 * async iterable (of lines, or of byte chunks) can be read only once: it is
 * checked and written in one pass, a problem found late stops the import
 * after the batches already written (the report says so), and after an
 * interruption it starts over (lines already stored count as unchanged).
 */
export type JsonlInput = string | Uint8Array | AsyncIterable<Chunk> | (() => AsyncIterable<Chunk> | Iterable<Chunk>);

export interface ImportProgress {
  /** Lines read and committed so far. */
  lines: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

export interface ImportOptions {
  /** Called after each committed batch. Throwing aborts the import; it can be resumed later. */
  onProgress?: (p: ImportProgress) => void;
  /** Refuse the whole file if any line is invalid (not available for a one-pass async iterable). */
  strict?: boolean;
  batchSize?: number;
  maxLineLength?: number;
}

type Prepare = (input: ArticleInput) => PreparedArticle;

interface Checked {
  line: Line;
  article?: JsonlArticle;
  reason?: string;
  futureVersion?: number;
  notJsonl?: boolean;
}

/** Checks lines in order, including duplicate ids, and keeps the running hash of what was read. */
class LineChecker {
  readonly hash = new RunningHash();
  private ids = new Map<string, number>();
  firstContentLine = 0;
  contentLines = 0;

  check(line: Line): Checked | undefined {
    this.hash.add(line.text ?? `\u0000${line.error}`);
    if (line.text !== undefined && !line.text.trim()) return undefined;
    this.contentLines++;
    if (!this.firstContentLine) this.firstContentLine = line.no;
    if (line.error) return { line, reason: line.error, notJsonl: line.error.startsWith('not valid UTF-8') };
    const c = checkLine(line.text!, line.terminated);
    if (!c.ok) return { line, reason: c.reason, futureVersion: c.futureVersion, notJsonl: c.notJsonl };
    if (c.article.id !== undefined) {
      const id = String(c.article.id);
      const first = this.ids.get(id);
      if (first !== undefined) return { line, reason: `duplicate id ${JSON.stringify(c.article.id)} (first on line ${first})` };
      this.ids.set(id, line.no);
    }
    return { line, article: c.article };
  }

  /** A reason to refuse the whole file, if this checked line gives one. */
  refusal(c: Checked): string | undefined {
    if (c.futureVersion !== undefined) return `line ${c.line.no}: ${c.reason}; nothing was imported`;
    if (c.notJsonl && c.line.no === this.firstContentLine) return `line ${c.line.no}: ${c.reason}; this is not an Isnad corpus file`;
    return undefined;
  }
}

function toInput(a: JsonlArticle): ArticleInput {
  const input: ArticleInput = { text: a.text, origin: a.origin ?? 'import', layout: a.layout ?? 'plain' };
  if (a.url) input.url = a.url;
  if (a.title) input.title = a.title;
  if (a.outlet) input.outlet = a.outlet;
  if (a.published) input.published = a.published;
  if (a.file) input.file = a.file;
  if (a.addedAt !== undefined) input.addedAt = a.addedAt;
  return input;
}

function openSource(source: JsonlInput): ChunkSource {
  return typeof source === 'function' ? source() : source;
}

interface Scan {
  refusal?: string;
  problems: { line: number; reason: string }[];
  /** Hash of lines 1..`at` when the scan passed line `at`. */
  prefixHashAt?: string;
}

/** First pass over a re-readable source: every line checked, nothing written. */
async function scan(source: JsonlInput, maxLine: number, hashAt: number): Promise<Scan> {
  const checker = new LineChecker();
  const out: Scan = { problems: [] };
  for await (const line of readLines(openSource(source), maxLine)) {
    const c = checker.check(line);
    if (line.no === hashAt) out.prefixHashAt = checker.hash.value;
    if (!c || c.article) continue;
    out.refusal ??= checker.refusal(c);
    out.problems.push({ line: line.no, reason: c.reason! });
  }
  if (checker.contentLines === 0) out.refusal ??= 'the file is empty';
  return out;
}

function refused(error: string, skipped: ImportReport['skipped'] = []): ImportReport {
  return { added: 0, updated: 0, unchanged: 0, skipped, error };
}

/**
 * Imports a JSON Lines corpus in batches. Each batch is written in one
 * transaction together with the import's progress row, so after a killed
 * service worker the store holds whole batches only, and the next import of
 * the same file continues after the last committed line.
 */
export async function importJsonl(db: CorpusDb, source: JsonlInput, prepare: Prepare, opts: ImportOptions = {}): Promise<ImportReport> {
  const batchSize = Math.max(1, opts.batchSize ?? WRITE_BATCH);
  const maxLine = opts.maxLineLength ?? MAX_LINE;
  const rereadable = typeof source === 'string' || source instanceof Uint8Array || typeof source === 'function';
  const interrupted = await db.operations.where('state').equals('running').last();

  let resumeFrom = 0;
  if (rereadable) {
    const first = await scan(source, maxLine, interrupted?.linesDone ?? 0);
    if (first.refusal) return refused(first.refusal);
    if (opts.strict && first.problems.length) {
      const [p] = first.problems;
      const more = first.problems.length > 1 ? ` (and ${first.problems.length - 1} more problems)` : '';
      return refused(`line ${p.line}: ${p.reason}${more}; nothing was imported`, first.problems);
    }
    if (interrupted && interrupted.linesDone > 0 && first.prefixHashAt === interrupted.prefixHash) resumeFrom = interrupted.linesDone;
  } else if (opts.strict) {
    throw new Error('strict import needs a re-readable source (a string, bytes or a function returning a stream)');
  }

  const now = Date.now();
  const op: OperationRow = resumeFrom
    ? { ...interrupted!, updatedAt: now }
    : { kind: 'import', state: 'running', startedAt: now, updatedAt: now, linesDone: 0, prefixHash: '', added: 0, updated: 0, unchanged: 0 };
  await db.transaction('rw', db.operations, async () => {
    if (interrupted && !resumeFrom) await db.operations.update(interrupted.id!, { state: 'abandoned', updatedAt: now });
    if (!resumeFrom) op.id = await db.operations.add(op);
  });

  const report: ImportReport = { added: op.added, updated: op.updated, unchanged: op.unchanged, skipped: [] };
  if (resumeFrom) report.resumed = true;
  const checker = new LineChecker();
  let batch: { no: number; input: ArticleInput }[] = [];
  let written = false;

  // Counts as committed, updated inside each batch transaction (transactions run in order).
  const counts = { added: op.added, updated: op.updated, unchanged: op.unchanged };
  // One write in flight while the next batch is analysed; a failed write or a
  // throwing onProgress surfaces at the next await.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async (lastLine: number, done: boolean) => {
    const items = batch;
    batch = [];
    const prepared = (
      await mapCooperatively(items, (item) => {
        try {
          return prepare(item.input);
        } catch (e) {
          report.skipped.push({ line: item.no, reason: (e as Error).message });
          return undefined;
        }
      })
    ).filter((p): p is PreparedArticle => !!p);
    const prefixHash = checker.hash.value;
    const record = async (results: { status: string }[]) => {
      for (const r of results) {
        if (r.status === 'added') counts.added++;
        else if (r.status === 'updated') counts.updated++;
        else counts.unchanged++;
      }
      await db.operations.put({
        ...op, state: done ? 'done' : 'running', updatedAt: Date.now(), linesDone: lastLine, prefixHash, ...counts,
      });
    };
    await inFlight;
    const write = prepared.length ? writeArticles(db, prepared, record) : db.transaction('rw', db.operations, () => record([]));
    written = true;
    inFlight = write.then(() => {
      Object.assign(report, counts);
      opts.onProgress?.({ lines: lastLine, ...counts, skipped: report.skipped.length });
    });
    inFlight.catch(() => {});
  };

  let lastLine = 0;
  for await (const line of readLines(openSource(source), maxLine)) {
    lastLine = line.no;
    const c = checker.check(line);
    if (!c) continue;
    if (!c.article) {
      const refusal = checker.refusal(c);
      if (refusal) {
        await inFlight;
        await db.operations.update(op.id!, { state: 'abandoned', updatedAt: Date.now() });
        if (!written) return refused(refusal, report.skipped);
        report.error = `${refusal.replace(/; nothing was imported$/, '')}; the import stopped there after writing the lines before it`;
        return report;
      }
      report.skipped.push({ line: line.no, reason: c.reason! });
      continue;
    }
    if (line.no <= resumeFrom) continue;
    batch.push({ no: line.no, input: toInput(c.article) });
    if (batch.length >= batchSize) await flush(line.no, false);
  }
  if (checker.contentLines === 0) {
    await db.operations.update(op.id!, { state: 'abandoned', updatedAt: Date.now() });
    return refused('the file is empty');
  }
  await flush(lastLine, true);
  await inFlight;
  return report;
}
