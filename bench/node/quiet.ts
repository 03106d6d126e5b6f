/**
 * Waits until Chromium has settled after a large ingest: writing tens of
 * thousands of articles leaves the browser process compacting its
 * IndexedDB (LevelDB) files for a while, which on two cores slows whatever
 * is timed next. A reader's corpus is seldom timed mid-compaction, so the
 * queries are timed once the browser's processes use under a tenth of a
 * core (or after `maxMs`). The wait is reported with the figures.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();

/** CPU time (ms) used so far by every process whose command line names `binary`. */
function cpuMs(binary: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(binary)) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      total += ((Number(fields[11]) + Number(fields[12])) / TICK) * 1000;
    } catch {
      // The process ended meanwhile.
    }
  }
  return total;
}

/** Resolves with the time waited (ms) once `binary`'s processes are quiet for a 2 s window. */
export async function untilQuiet(binary: string, maxMs = 90_000, share = 0.1): Promise<number> {
  const start = Date.now();
  const window = 2000;
  for (;;) {
    const before = cpuMs(binary);
    await new Promise((r) => setTimeout(r, window));
    const used = cpuMs(binary) - before;
    if (used < share * window || Date.now() - start >= maxMs) return Date.now() - start;
  }
}
