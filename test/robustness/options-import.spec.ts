/**
 * The data-safety tests through the options page of the built extension:
 * a representative subset of the malformed files (each must get a clear
 * message and leave the corpus's existing articles exactly as they were,
 * compared through full exports), a large import (10,000 articles, 100,000
 * with ISNAD_LONG=1 in Chromium) that must show progress, never send a
 * message over 8 MiB and never freeze the page, and (Chromium) a disk that
 * fills up in the middle of an import.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortArticle } from '../store/helpers.ts';
import { add, note, peak, zero } from './harness/counters.ts';
import { launchChromium, launchFirefox, type ChromiumBrowser, type ExtensionBrowser, type Tab } from './harness/browsers.ts';
import { taskTimes, traced } from './harness/trace-tasks.ts';
import { corpusState } from './harness/corpus-dump.ts';
import { askFromPage, exportLines, importThrough, instrumentPage, readInstruments, writeData } from './harness/options-import.ts';
import { DIST_CHROME, DIST_FIREFOX, LONG, SHOTS } from './harness/paths.ts';
import { unclearMessages } from './import-checks.ts';
import { malformedFiles, type MalformedFile } from './malformed-files.ts';

const MiB = 1024 * 1024;
const EXISTING_URL = 'https://nahar.example/floods';

/** A corpus file of `n` short articles, written as it streams. */
async function largeFile(n: number): Promise<string> {
  return writeData(`large-${n}`, async function* () {
    const enc = new TextEncoder();
    for (let at = 0; at < n; at += 1000) {
      const lines = [];
      for (let i = at; i < Math.min(n, at + 1000); i++) {
        lines.push(JSON.stringify({ v: 1, id: i + 1, url: `https://large.example/${i}`, title: `خبر ${i}`, outlet: 'وكالة الاختبار', text: shortArticle(i) }));
      }
      yield enc.encode(`${lines.join('\n')}\n`);
    }
  });
}

const launchers: [string, () => Promise<ExtensionBrowser>, number][] = [
  ['chromium', () => launchChromium({ extensionDir: DIST_CHROME }), LONG ? 100_000 : 10_000],
  ['firefox', () => launchFirefox({ extensionDir: DIST_FIREFOX }), LONG ? 10_000 : 5_000],
];

describe.each(launchers)('the options page in %s', (name, launch, largeCount) => {
  let browser: ExtensionBrowser;
  let options: Tab;
  let baseline: Map<number, string>;
  const files = malformedFiles(EXISTING_URL).filter((f) => f.browser
    || (name === 'chromium' && ['a 50 MB record', 'a million lines of a bad article'].includes(f.name)));
  const byId = (lines: string[]) => new Map(lines.map((l) => [JSON.parse(l).id as number, l]));

  beforeAll(async () => {
    zero('files.crashes', 'files.recordsLost', 'files.unclear');
    browser = await launch();
    options = await browser.openExtensionPage('src/options/index.html');
    await options.setViewport(1200, 1000);
    await askFromPage(options, 'ui-to-background:reset-to-seeds', {});
    baseline = byId(await exportLines(options));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(`answers ${files.length} malformed files with a clear message, keeping every existing article`, async () => {
    const problems: string[] = [];
    for (const file of files as MalformedFile[]) {
      add('files.tried');
      add('files.triedBrowser');
      const path = await writeData(file.name, file.data);
      const outcome = await importThrough(options, path).catch((e: Error) => ({ report: null, message: '', error: true, crash: e.message }));
      if ('crash' in outcome) {
        add('files.crashes');
        problems.push(`${file.name}: no answer (${outcome.crash.split('\n')[0]})`);
        continue;
      }
      // The page's own sentence (Arabic) around the store's reasons; each reason is checked in Node too.
      const unclear = !/\p{Script=Arabic}/u.test(outcome.message) || unclearMessages([outcome.message.replace(/\s+/g, ' ').slice(0, 400)]).length > 0;
      if (unclear) {
        add('files.unclear');
        problems.push(`${file.name}: unclear message "${outcome.message.slice(0, 120)}"`);
      }
      if ('refused' in file.expect && !outcome.error) problems.push(`${file.name}: not refused`);
      if ('lines' in file.expect && outcome.report?.skipped !== String(file.expect.lines.length)) {
        problems.push(`${file.name}: ${outcome.report?.skipped} lines skipped, expected ${file.expect.lines.length}`);
      }
      // The background still answers, and nothing that was there changed.
      const after = await exportLines(options).catch(() => null);
      if (!after) {
        add('files.crashes');
        problems.push(`${file.name}: the background stopped answering`);
        continue;
      }
      const now = byId(after);
      const lost = [...baseline].filter(([id, line]) => now.get(id) !== line);
      add('files.recordsLost', lost.length);
      if (lost.length) problems.push(`${file.name}: ${lost.length} existing articles changed or lost`);
      for (const id of now.keys()) if (!baseline.has(id)) await askFromPage(options, 'ui-to-background:delete-article', { id });
    }
    await options.screenshot(join(SHOTS, `${name}-options-after-malformed.png`));
    expect(problems).toEqual([]);
  });

  it(`imports ${largeCount.toLocaleString('en')} articles with progress, small messages and a responsive page`, async () => {
    const path = await largeFile(largeCount);
    await options.evaluate(instrumentPage);
    const t0 = Date.now();
    let longestTask: number | null = null;
    let outcome;
    if (browser.name === 'chromium' && !LONG) {
      // Chromium: the options page's longest task in thread time, from a trace (the lag probe is wall time).
      const chromium = browser as ChromiumBrowser;
      const cdp = await chromium.cdp(options);
      const run = await traced(cdp, () => importThrough(options, path, 60 * 60_000), ['disabled-by-default-devtools.timeline', 'devtools.timeline']);
      outcome = run.value;
      longestTask = taskTimes(run.events, browser.origin, browser.origin).longestTaskThreadMs;
      await cdp.detach().catch(() => {});
    } else {
      outcome = await importThrough(options, path, 60 * 60_000);
    }
    const seconds = (Date.now() - t0) / 1000;
    const m = await options.evaluate(readInstruments);
    await options.screenshot(join(SHOTS, `${name}-options-large-import.png`));
    peak('import.articles', largeCount);
    peak('import.seconds', seconds);
    if (m.messages) peak('import.largestBrowserMessageMiB', m.largest / MiB);
    if (longestTask !== null) peak('import.longestTaskMs', longestTask);
    peak('import.worstLagMs', m.lag);
    if (longestTask !== null) note(`import.${name}`, `longest options-page task ${Math.round(longestTask)} ms (thread time), worst timer delay ${Math.round(m.lag)} ms (wall)`);
    else note(`import.${name}`, `worst timer delay ${Math.round(m.lag)} ms (wall)`);
    expect(outcome.report?.added).toBe(String(largeCount));
    // Progress moved through the import, not only at the end.
    const steps = new Set(m.progress.map((v) => Math.round(v * 20))).size;
    expect(steps, 'distinct progress values').toBeGreaterThanOrEqual(3);
    expect(m.progress).toEqual([...m.progress].sort((a, b) => a - b));
    if (name === 'chromium') expect(m.messages).toBeGreaterThan(3);
    expect(m.largest).toBeLessThan(8 * MiB);
    // The longest task and the worst timer delay go into the table (peak above), not into an
    // assertion: on a shared machine a timed check fails for reasons that are not Isnad's.
    // What must hold is that the page kept answering: progress arrived in steps (checked above).
    await askFromPage(options, 'ui-to-background:reset-to-seeds', {});
  }, LONG ? 60 * 60_000 : 180_000);
});

/** A tmpfs the size of a nearly full disk, where the profile's IndexedDB lives. Needs root (CAP_SYS_ADMIN). */
function smallDisk(mb: number): { dir: string; grow(mb: number): void; release(): void } | null {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-full-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${mb}m`, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    /** Gives the disk room again, as a reader who freed some space would. */
    grow(size: number) {
      execFileSync('mount', ['-o', `remount,size=${size}m`, dir], { stdio: 'ignore' });
    },
    release() {
      try {
        execFileSync('umount', [dir], { stdio: 'ignore' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

// Chromium exempts extensions with unlimitedStorage from quotas (a CDP quota
// override changes what navigator.storage reports, not what it enforces), so
// the disk itself is made small.
const disk = smallDisk(12);

describe.runIf(disk)('a disk that fills up during an import, in Chromium', () => {
  let browser: ExtensionBrowser;
  afterAll(async () => {
    await browser?.close();
    disk?.release();
  });

  it('stops with a message saying the disk is full, and the corpus holds whole batches only', async () => {
    browser = await launchChromium({
      extensionDir: DIST_CHROME,
      prepareProfile: (profile) => {
        mkdirSync(join(profile, 'Default'), { recursive: true });
        symlinkSync(disk!.dir, join(profile, 'Default', 'IndexedDB'));
      },
    });
    const options = await browser.openExtensionPage('src/options/index.html');
    await options.setViewport(1200, 1000);
    const path = await largeFile(8_000);
    const outcome = await importThrough(options, path, 10 * 60_000);
    await options.screenshot(join(SHOTS, 'chromium-disk-full.png'));
    // A disk this full can refuse even opening the database to read it back.
    disk!.grow(64);
    const state = await corpusState(options);
    const imported = state.articles.filter((a) => a.origin === 'import').length;
    // Lines the store had committed when it failed, as the last progress answer said.
    const committed = await options.evaluate(() => document.querySelector('.progress span')?.textContent ?? '');
    const ok = outcome.error && /full/.test(outcome.message) && state.problems.length === 0 && imported % 500 === 0;
    add('faults.tried');
    if (!ok) add('faults.bad');
    expect(state.problems).toEqual([]);
    expect(outcome.error, outcome.message).toBe(true);
    expect(outcome.message).toMatch(/full/);
    expect(imported % 500, `${imported} imported articles: not whole batches`).toBe(0);
    note('faults.diskFull', `${imported} imported articles kept (progress said: ${committed}); the page said: ${outcome.message.slice(0, 160)}`);
  });
});
