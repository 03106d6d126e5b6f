/**
 * Import and export of JSON Lines in several messages, so no single message
 * carries a whole corpus (the options page sends chunks of about 2 MiB).
 * Sessions live in memory: if the service worker is stopped mid-transfer the
 * next message fails with ImportInterrupted/ExportInterrupted and the page
 * says so; the store itself stays consistent.
 */
import type { Handlers } from '../platform/messaging.ts';
import { MAX_SKIPPED_LISTED, type ImportProgress, type ImportSummary } from '../platform/protocol.ts';
import type { ImportReport } from '../store/corpus.ts';
import { corpus } from './corpus-access.ts';
import { announceCorpusChanged } from './broadcast.ts';
import { IsnadError } from './errors.ts';
import { LineFeed } from './line-feed.ts';

interface ImportSession {
  feed: LineFeed;
  report: Promise<ImportReport>;
  progress: ImportProgress;
  /** Set when the import failed (a full disk): the next chunk says so instead of reading on. */
  failed?: unknown;
}

const imports = new Map<string, ImportSession>();
const exports = new Map<string, AsyncIterator<string>>();

/** Largest export answer; well under any browser's message limit. */
const MAX_EXPORT_BYTES = 4 * 1024 * 1024;

/** The report with its skipped lines cut to the first few, so the answer stays small. */
export function summary(report: ImportReport): ImportSummary {
  return { ...report, skipped: report.skipped.slice(0, MAX_SKIPPED_LISTED), skippedTotal: report.skipped.length };
}

function sessionId(): string {
  return crypto.randomUUID();
}

type TransferMessages =
  | 'ui-to-background:import-begin'
  | 'ui-to-background:import-chunk'
  | 'ui-to-background:import-end'
  | 'ui-to-background:export-begin'
  | 'ui-to-background:export-next';

export const transferHandlers: Handlers<TransferMessages> = {
  async 'ui-to-background:import-begin'() {
    const c = await corpus();
    const feed = new LineFeed();
    const progress: ImportProgress = { lines: 0, added: 0, updated: 0, unchanged: 0, skipped: 0 };
    const report = c.importJsonl(feed, {
      onProgress: (p) => Object.assign(progress, p),
    });
    const session = sessionId();
    const s: ImportSession = { feed, report, progress };
    // The importer may stop early (a refused file, a full disk): release waiting chunks.
    report.catch((e) => { s.failed = e; }).finally(() => feed.release());
    imports.set(session, s);
    return { session };
  },

  async 'ui-to-background:import-chunk'({ session, lines }) {
    const s = imports.get(session);
    if (!s) throw new IsnadError('ImportInterrupted');
    await Promise.race([s.feed.push(lines), s.report.catch(() => {})]);
    if (s.failed) {
      imports.delete(session);
      throw s.failed;
    }
    return { ...s.progress };
  },

  async 'ui-to-background:import-end'({ session, cancel }) {
    const s = imports.get(session);
    if (!s) throw new IsnadError('ImportInterrupted');
    imports.delete(session);
    if (cancel) s.feed.release();
    else s.feed.end();
    const report = await s.report;
    if (report.added || report.updated) await announceCorpusChanged();
    return summary(report);
  },

  async 'ui-to-background:export-begin'() {
    const lines = (await corpus()).exportJsonl();
    const session = sessionId();
    exports.set(session, lines[Symbol.asyncIterator]());
    return { session };
  },

  async 'ui-to-background:export-next'({ session, maxBytes }) {
    const it = exports.get(session);
    if (!it) throw new IsnadError('ExportInterrupted');
    const limit = Math.min(maxBytes, MAX_EXPORT_BYTES);
    const lines: string[] = [];
    let size = 0;
    while (size < limit) {
      const next = await it.next();
      if (next.done) {
        exports.delete(session);
        return { lines, done: true };
      }
      lines.push(next.value);
      // UTF-8 size of Arabic text is about twice its length.
      size += next.value.length * 2;
    }
    return { lines, done: false };
  },
};
