/**
 * Prints the robustness table after the run, from the counters the tests
 * wrote (see counters.ts) and from the results of the schema-upgrade tests.
 * A figure no test reported shows as "not measured" instead of a zero.
 * The merged figures are also written to artifacts/robustness/summary.json.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';
import type { CounterFile } from './counters.ts';
import { ARTIFACTS, COUNTERS } from './paths.ts';

type Merged = CounterFile;

function merge(): Merged {
  const out: Merged = { sums: {}, peaks: {}, notes: {} };
  if (!existsSync(COUNTERS)) return out;
  for (const name of readdirSync(COUNTERS).filter((f) => f.endsWith('.json'))) {
    const c = JSON.parse(readFileSync(join(COUNTERS, name), 'utf8')) as CounterFile;
    for (const [k, v] of Object.entries(c.sums)) out.sums[k] = (out.sums[k] ?? 0) + v;
    for (const [k, v] of Object.entries(c.peaks)) out.peaks[k] = Math.max(out.peaks[k] ?? Number.NEGATIVE_INFINITY, v);
    Object.assign(out.notes, c.notes);
  }
  return out;
}

const fmt = (n: number | undefined, unit = '') => (n === undefined ? 'not measured' : `${Math.round(n * 10) / 10}${unit}`);

interface Row {
  what: string;
  tried: string;
  bad: string;
  /** The figure that must be zero, when there is one. */
  mustBeZero?: number | undefined;
  detail?: string;
}

function rows(m: Merged, schemaTests: { passed: number; total: number }): Row[] {
  const s = (k: string) => m.sums[k];
  const p = (k: string) => m.peaks[k];
  const n = (k: string) => m.notes[k];
  return [
    {
      what: 'Script-injection payloads', tried: `${fmt(p('payloads.distinct'))} payloads, ${fmt(s('payloads.renderings'))} renderings`,
      bad: `executed ${fmt(s('payloads.executed'))}`, mustBeZero: s('payloads.executed'),
      detail: `injected elements ${fmt(s('payloads.injectedElements'))}, non-http(s) links ${fmt(s('links.nonHttp'))}, surfaces wider than their window ${fmt(s('payloads.overflowing') ?? 0)}; `
        + Object.entries(m.notes).filter(([k]) => k.startsWith('payloads.surfaces.')).map(([k, v]) => `${k.split('.').pop()}: ${v}`).join('; '),
    },
    {
      what: 'Messages from outside or malformed', tried: fmt(s('messages.tried')),
      bad: `accepted ${fmt(s('messages.accepted'))}`, mustBeZero: s('messages.accepted'),
    },
    {
      what: 'Built bundles and manifest CSP', tried: `${fmt(s('bundle.files'))} files`,
      bad: `findings ${fmt(s('bundle.findings'))}`, mustBeZero: s('bundle.findings'),
    },
    {
      what: 'Malformed or hostile import files', tried: `${fmt(s('files.tried'))} (${fmt(s('files.triedBrowser'))} in browsers)`,
      bad: `crashes ${fmt(s('files.crashes'))}, records lost ${fmt(s('files.recordsLost'))}, unclear messages ${fmt(s('files.unclear'))}`,
      mustBeZero: (s('files.crashes') ?? 0) + (s('files.recordsLost') ?? 0) + (s('files.unclear') ?? 0),
    },
    {
      what: 'Large import', tried: `${fmt(p('import.articles'))} articles in ${fmt(p('import.seconds'), ' s')}`,
      bad: `largest message ${fmt(p('import.largestBrowserMessageMiB'), ' MiB')} (hostile files: ${fmt(p('import.largestMessageMiB'), ' MiB')}), longest options-page task ${fmt(p('import.longestTaskMs'), ' ms')}`,
      mustBeZero: Math.max(p('import.largestMessageMiB') ?? 0, p('import.largestBrowserMessageMiB') ?? 0) > 8 ? 1 : 0,
      detail: `worst delay of a 50 ms timer in the options page (wall clock, both browsers): ${fmt(p('import.worstLagMs'), ' ms')}; `
        + `${n('import.chromium') ?? ''} ${n('import.firefox') ? `(Firefox: ${n('import.firefox')})` : ''}; messages measured in the browser during the large import, and computed in Node for the hostile files (a 50 MB record, a million lines, control characters)`,
    },
    {
      what: 'Service-worker kills', tried: fmt(s('sw.kills')),
      bad: `inconsistent states ${fmt(s('sw.inconsistent'))}, not completed after retry ${fmt(s('sw.unfinished'))}`,
      mustBeZero: (s('sw.inconsistent') ?? 0) + (s('sw.unfinished') ?? 0),
      detail: s('sw.kills') === undefined ? undefined
        : `${s('sw.interruptedImports') ?? 0} imports and ${s('sw.interruptedAdds') ?? 0} page additions were cut off by a stop; the rest had finished first`,
    },
    {
      what: 'Storage faults (quota, no IndexedDB, two openers)', tried: fmt(s('faults.tried')),
      bad: `inconsistent or silent ${fmt(s('faults.bad'))}`, mustBeZero: s('faults.bad'),
      detail: n('faults.diskFull'),
    },
    {
      what: 'Schema upgrades (every released version)', tried: `${schemaTests.total} tests`,
      bad: `failed ${schemaTests.total - schemaTests.passed}`, mustBeZero: schemaTests.total - schemaTests.passed,
    },
    {
      what: 'Hostile and heavy pages', tried: fmt(s('pages.tried')),
      bad: `broken renderings ${fmt(s('pages.broken'))}`, mustBeZero: s('pages.broken'),
      detail: n('pages.growing'),
    },
    {
      what: 'Text edge cases (engine and page)', tried: fmt(s('text.cases')),
      bad: `failures ${fmt(s('text.failures'))}`, mustBeZero: s('text.failures'),
    },
    {
      what: 'Longest task attributable to Isnad (Chromium)', tried: fmt(s('tasks.pagesTraced')),
      bad: fmt(p('tasks.longestIsnadMs'), ' ms'), mustBeZero: (p('tasks.longestIsnadMs') ?? 0) > 50 ? 1 : 0,
      detail: n('tasks.where'),
    },
  ];
}

function table(list: Row[]): string {
  const head = ['', 'tried', 'result', ''];
  const body = list.map((r) => [r.what, r.tried, r.bad, r.mustBeZero === undefined ? '' : r.mustBeZero === 0 ? 'ok' : 'FAIL']);
  const widths = head.map((_, i) => Math.max(...[head, ...body].map((row) => row[i].length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const details = list.filter((r) => r.detail).map((r) => `  ${r.what}: ${r.detail}`);
  return ['', 'Isnad robustness', line(head), rule, ...body.map(line), '', ...details, ''].join('\n');
}

export default class TableReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const schema = { passed: 0, total: 0 };
    for (const mod of modules) {
      if (!mod.moduleId.endsWith('schema-upgrade.test.ts')) continue;
      for (const t of mod.children.allTests()) {
        schema.total++;
        if (t.result().state === 'passed') schema.passed++;
      }
    }
    const merged = merge();
    writeFileSync(join(ARTIFACTS, 'summary.json'), JSON.stringify({ ...merged, schema }, null, 1));
    process.stdout.write(table(rows(merged, schema)));
  }
}
