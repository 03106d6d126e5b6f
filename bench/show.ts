/**
 * Prints a saved benchmark result (bench/results/*.json) as `npm run bench`
 * prints it, with the targets judged again by the current rules:
 *
 *   npx tsx bench/show.ts bench/results/2026-11-22-full.json
 */
import { readFileSync } from 'node:fs';
import { formatReport, judgeTargets, type BenchResults } from './node/report.ts';

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx bench/show.ts RESULT.json');
  process.exit(1);
}
const saved = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
console.log(formatReport({ ...saved, targets: judgeTargets(saved) }));
