/**
 * `npm run bench`: prints figures, asserts nothing. Targets live in the
 * issues, not in tests that would flake on a shared machine.
 */
import { benchEngine } from './engine-throughput.ts';
import { round } from './stats.ts';

const json = process.argv.includes('--json');
const results: Record<string, unknown> = {};

const engine = benchEngine(5000);
results.engine = engine;
if (!json) {
  console.log('Engine (Node, one 5,000-word article, analyse = segment + extract + key)');
  console.log(`  words ${engine.words}, claims ${engine.claims}`);
  console.log(`  median ${round(engine.medianMs)} ms, p95 ${round(engine.p95Ms)} ms, ${engine.wordsPerSecond.toLocaleString('en')} words/s (target: < 20 ms)`);
}

if (json) console.log(JSON.stringify(results));
