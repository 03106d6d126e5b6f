/**
 * No message between Isnad's parts grows past 8 MiB, whatever the file or
 * page: import chunks from the options page, the import answer, and the
 * page text a content script sends (issue 6, data safety).
 */
import { describe, expect, it, vi } from 'vitest';
import { lineBatches } from '../../src/options/jsonl-batches.ts';
import { checkRequest, pageText } from '../../src/content/page/page-text.ts';
import { MAX_SKIPPED_LISTED } from '../../src/platform/protocol.ts';
import type { Run } from '../../src/content/page/text-runs.ts';
import type { ImportReport } from '../../src/store/corpus.ts';
import { add, peak } from './harness/counters.ts';

// The background's modules reach the polyfill, which loads only inside an extension.
vi.mock('webextension-polyfill', () => ({ default: { runtime: { id: 'isnad-id' } } }));
const { summary } = await import('../../src/background/transfer-handlers.ts');

const MiB = 1024 * 1024;
const LIMIT = 8 * MiB;
const encoder = new TextEncoder();
/** Size of a message as the browser serialises it (JSON, UTF-8). */
const bytesOf = (message: unknown) => encoder.encode(JSON.stringify(message)).length;

/** A file as a stream of 64 KiB chunks, made lazily so 50 MB never sit in memory twice. */
async function* streamOf(parts: () => Iterable<string>): AsyncGenerator<Uint8Array> {
  for (const part of parts()) {
    const bytes = encoder.encode(part);
    for (let at = 0; at < bytes.length; at += 64 * 1024) yield bytes.subarray(at, at + 64 * 1024);
  }
}

function* repeat(piece: string, times: number, then = ''): Generator<string> {
  const block = piece.repeat(Math.max(1, Math.floor(65536 / piece.length)));
  let left = times;
  while (left > 0) {
    const n = Math.min(left, Math.floor(block.length / piece.length));
    yield n * piece.length === block.length ? block : piece.repeat(n);
    left -= n;
  }
  yield then;
}

const FILES: [string, () => Iterable<string>][] = [
  ['a 50 MB record of Arabic text', () => [`{"v":1,"text":"`, ...repeat('خبر عاجل ', 3_000_000), '"}\n']],
  ['a 20 MB record of control characters', () => [`{"v":1,"text":"`, ...repeat('\u0001', 20_000_000), '"}\n']],
  ['2 Mi characters of three-byte letters on one line', () => [`{"v":1,"text":"`, ...repeat('中', 2 * MiB - 20), '"}\n']],
  ['2 Mi quotes and backslashes on one line', () => [...repeat('"\\', MiB - 5), '\n']],
  ['a million short lines', () => repeat('{"v":1,"text":"خبر"}\n', 1_000_000)],
  ['a million lines of control characters', () => repeat('\u0002\u0003\u0004\n', 1_000_000)],
  ['no line end at all, 30 MB', () => repeat('{"v":1,', 4_300_000)],
];

describe('import chunks from the options page', () => {
  it.each(FILES)('%s: every chunk message stays under 8 MiB', async (_name, parts) => {
    let largest = 0;
    let lines = 0;
    for await (const batch of lineBatches(streamOf(parts))) {
      lines += batch.lines.length;
      const size = bytesOf({ isnad: 'ui-to-background:import-chunk', payload: { session: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', lines: batch.lines } });
      largest = Math.max(largest, size);
    }
    peak('import.largestMessageMiB', largest / MiB);
    expect(lines).toBeGreaterThan(0);
    expect(largest).toBeLessThan(LIMIT);
  });
});

describe('the import answer', () => {
  it('lists only the first skipped lines of a file of a million bad lines, and counts them all', () => {
    const skipped = Array.from({ length: 1_000_000 }, (_, i) => ({ line: i + 1, reason: 'missing field "text"' }));
    const report: ImportReport = { added: 0, updated: 0, unchanged: 0, skipped };
    const answer = summary(report);
    expect(answer.skipped).toHaveLength(MAX_SKIPPED_LISTED);
    expect(answer.skippedTotal).toBe(1_000_000);
    const size = bytesOf({ ok: true, value: answer });
    peak('import.largestMessageMiB', size / MiB);
    expect(size).toBeLessThan(64 * 1024);
  });
});

describe('page text sent for checking', () => {
  const run = (text: string) => ({ text }) as Run;

  it('a page of 5 million characters sends whole blocks up to the limit, under 8 MiB', () => {
    const blocks = Array.from({ length: 50 }, (_, i) => run(`${i} ${'أعلنت الوزارة تسجيل 45 إصابة جديدة. '.repeat(2800)}`));
    const page = pageText(run('عنوان الخبر'), blocks);
    const request = checkRequest('https://news.example/a', page);
    const size = bytesOf({ isnad: 'content-to-background:check-page', payload: request });
    expect(request.blocks.length).toBeGreaterThan(10);
    expect(request.blocks.length).toBeLessThan(blocks.length);
    expect(request.blocks).toEqual(page.blocks.slice(0, request.blocks.length));
    expect(size).toBeLessThan(LIMIT);
  });

  it('leaves out a title or URL too long to be real, instead of failing the check', () => {
    const page = pageText(run('ع'.repeat(20_000)), [run('فقرة')]);
    expect(checkRequest(`https://x.example/?q=${'a'.repeat(10_000)}`, page)).toEqual({ url: '', title: '', blocks: ['فقرة'] });
  });

  it('keeps a 1 MB paragraph whole', () => {
    const page = pageText(null, [run('ب'.repeat(1_000_000))]);
    expect(checkRequest('https://x.example/', page).blocks[0]).toHaveLength(1_000_000);
    add('text.cases');
  });
});
