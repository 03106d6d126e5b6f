/**
 * Hundreds of malformed and hostile corpus files through the store (Node,
 * fake-indexeddb), one after another into the same corpus. For each: the
 * import returns a report instead of throwing, every message is one clear
 * line, every content line is accounted for (added, updated, unchanged or
 * skipped with a reason), the articles that were there before are exactly
 * as they were (full export compared), the key index is consistent, and no
 * prototype was polluted. A representative subset goes through the options
 * page of the real browsers in options-import.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/store/corpus.ts';
import { checkIndex, exportText, openStore, SEEDS, story, type TestStore } from '../store/helpers.ts';
import { add, zero } from './harness/counters.ts';
import { countContentLines, unclearMessages } from './import-checks.ts';
import { malformedFiles, type MalformedFile } from './malformed-files.ts';

const EXISTING_URL = 'https://nahar.example/floods';

async function openBaseline(): Promise<TestStore> {
  const store = await openStore({ seeds: SEEDS });
  await store.corpus.addArticle({ text: story('nahar-digits'), url: EXISTING_URL, outlet: 'النهار', origin: 'page' });
  return store;
}

async function exportById(corpus: Corpus): Promise<Map<number, string>> {
  const lines = (await exportText(corpus)).split('\n').filter(Boolean);
  return new Map(lines.map((l) => [JSON.parse(l).id as number, l]));
}

const FILES = malformedFiles(EXISTING_URL);

describe('malformed and hostile import files', () => {
  let store: TestStore;
  let baseline: Map<number, string>;

  beforeAll(async () => {
    zero('files.crashes', 'files.recordsLost', 'files.unclear');
    store = await openBaseline();
    baseline = await exportById(store.corpus);
  });
  afterAll(() => store?.close());

  it(`are at least 500 (${FILES.length})`, () => {
    expect(FILES.length).toBeGreaterThanOrEqual(500);
  });

  it.each(FILES.map((f, i) => [`${i + 1} ${f.family}: ${f.name}`, f] as const))('%s', async (_label, file: MalformedFile) => {
    // A file that may update an existing article gets a corpus of its own.
    const own = file.updatesUrls ? await openBaseline() : null;
    const { corpus, raw } = own ?? store;
    const before = own ? await exportById(own.corpus) : baseline;
    add('files.tried');
    let report;
    try {
      report = await corpus.importJsonl(file.data);
    } catch (e) {
      add('files.crashes');
      throw new Error(`the import threw instead of reporting: ${(e as Error).stack}`);
    }

    const messages = [...(report.error ? [report.error] : []), ...report.skipped.map((s) => s.reason)];
    const unclear = unclearMessages(messages);
    add('files.unclear', unclear.length);
    expect(unclear).toEqual([]);

    const after = await exportById(corpus);
    const lost = [...before].filter(([id, line]) => {
      const now = after.get(id);
      if (now === line) return false;
      return !(now && file.updatesUrls?.includes(JSON.parse(now).url));
    });
    add('files.recordsLost', lost.length);
    expect(lost.map(([id]) => id)).toEqual([]);
    expect(await checkIndex(raw)).toEqual([]);
    expect(Object.prototype).not.toHaveProperty('polluted');

    if ('refused' in file.expect) expect(report.error, 'the file must be refused').toBeTruthy();
    if (report.error) {
      // A refused file writes nothing at all.
      expect(report.added + report.updated).toBe(0);
      expect(after.size).toBe(before.size);
    } else {
      const content = await countContentLines(file.data);
      expect(report.added + report.updated + report.unchanged + report.skipped.length, 'every content line accounted for').toBe(content);
      if ('lines' in file.expect) {
        expect(report.skipped.map((s) => s.line)).toEqual(file.expect.lines);
      }
    }
    if (file.updatesUrls) expect(report.updated).toBe(file.updatesUrls.length);

    // Put the shared corpus back for the next file: new articles out again.
    if (own) own.close();
    else for (const id of after.keys()) if (!baseline.has(id)) await corpus.deleteArticle(id);
  });
});
