/**
 * Builds the extension for both browsers into artifacts/robustness/dist, so
 * the suite tests exactly what ships without racing other runs over dist/,
 * and clears the counters of the previous run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { COUNTERS, DIST_CHROME, DIST_FIREFOX, ROOT, SHOTS } from './paths.ts';

export default function setup(): void {
  rmSync(COUNTERS, { recursive: true, force: true });
  mkdirSync(COUNTERS, { recursive: true });
  mkdirSync(SHOTS, { recursive: true });
  if (process.env.ISNAD_SKIP_BUILD === '1') return;
  for (const [mode, outDir] of [['chrome', DIST_CHROME], ['firefox', DIST_FIREFOX]]) {
    const r = spawnSync('npx', ['vite', 'build', '--mode', mode, '--outDir', outDir, '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`building the ${mode} extension failed:\n${r.stdout}\n${r.stderr}`);
  }
}
