/**
 * The README's test command: typecheck, the Node tiers, the build, then the
 * end-to-end tier in real browsers. Ends with one "N passed, N failed" line
 * summing every tier, so a reader (or CI) sees the whole count at once.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTotalTests: number;
}

function run(label: string, cmd: string, args: string[]): boolean {
  process.stdout.write(`\n== ${label}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  return r.status === 0;
}

mkdirSync('artifacts', { recursive: true });
const tiers: { label: string; config: string; out: string; reporters?: string[] }[] = [
  { label: 'engine, store and DOM tests (Node)', config: 'vitest.config.ts', out: 'artifacts/vitest-node.json' },
  { label: 'end-to-end tests (built extension in Chromium and Firefox)', config: 'vitest.e2e.config.ts', out: 'artifacts/vitest-e2e.json' },
  {
    label: 'robustness: hostile pages, bad files and faults (set ISNAD_LONG=1 for the long loops)',
    config: 'vitest.robustness.config.ts',
    out: 'artifacts/vitest-robustness.json',
    reporters: ['./test/robustness/harness/table-reporter.ts'],
  },
];

let passed = 0;
let failed = 0;
let skipped = 0;
// Typecheck and build count as one check each, so a broken build cannot hide behind green tests.
let ok = true;
for (const [label, script] of [['typecheck', 'typecheck'], ['build', 'build']] as const) {
  const stepOk = run(label, 'npm', ['run', '--silent', script]);
  if (stepOk) passed++;
  else failed++;
  ok = stepOk && ok;
}
for (const t of tiers) {
  const reporters = ['default', ...(t.reporters ?? []), 'json'].map((r) => `--reporter=${r}`);
  const tierOk = run(t.label, 'npx', ['vitest', 'run', '--config', t.config, ...reporters, `--outputFile.json=${t.out}`]);
  ok = tierOk && ok;
  if (existsSync(t.out)) {
    const r = JSON.parse(readFileSync(t.out, 'utf8')) as VitestJson;
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests;
    if (!tierOk && r.numFailedTests === 0) failed += 1;
  } else {
    failed += 1;
  }
}
process.stdout.write(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
process.exitCode = ok && failed === 0 ? 0 : 1;
