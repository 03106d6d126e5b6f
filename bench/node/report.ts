/**
 * The benchmark's figures as one JSON-ready object, the targets of issue 5
 * judged against them, and the human-readable tables.
 */
import type { EngineFigures } from '../engine-throughput.ts';
import type { QueryFigures } from '../browser/query-loop.ts';
import type { BundleFigures } from './bundles.ts';
import type { Machine } from './machine.ts';
import type { PageFigures } from './page-side.ts';
import type { AlternativeFigures, SizeFigures } from './store-phase.ts';

export interface BenchResults {
  schema: 1;
  date: string;
  runtimeSeconds: number;
  machine: Machine;
  options: { sizes: number[]; samples: number; budgetMs: number; quick: boolean };
  engine: EngineFigures;
  bundles: Record<string, BundleFigures>;
  pages?: { candidatesPerPage?: number; count: number; inCorpus: number; claims: { median: number }; keys: { median: number; min: number; max: number }; words: { median: number } };
  sizes: SizeFigures[];
  background?: { heapAtStartMB: number; heapAfterPagesMB: number; articles: number };
  page?: PageFigures & { words: number; articles: number; backgroundCost?: unknown };
  targets: Target[];
}

export interface Target {
  name: string;
  target: string;
  value: string;
  met: boolean | null;
}

type Alt = SizeFigures['alternatives'][string];
const measured = (a: Alt | undefined): a is AlternativeFigures => !!a && !('skipped' in a);
const f1 = (n: number) => (Number.isFinite(n) ? (n >= 100 ? Math.round(n).toLocaleString('en') : n.toFixed(1)) : '–');
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

export function judgeTargets(r: Omit<BenchResults, 'targets'>): Target[] {
  const out: Target[] = [];
  const big = r.sizes.find((s) => s.articles >= 100_000);
  const largest = r.sizes[r.sizes.length - 1];
  if (big) {
    out.push({ name: 'cross-reference p95 at 100k (40-claim page)', target: '< 30 ms', value: `${f1(big.isnad.total.p95)} ms`, met: big.isnad.total.p95 < 30 });
    const alts = Object.entries(big.alternatives).filter(([, a]) => measured(a)) as [string, AlternativeFigures][];
    if (alts.length) {
      const [name, fastest] = alts.sort((a, b) => a[1].total.median - b[1].total.median)[0];
      // Against Isnad timed right after it (same load) when the run did that.
      const isnad = fastest.isnadAlongside ?? big.isnad;
      const ratio = fastest.total.median / isnad.total.median;
      // Without a same-load timing of Isnad the ratio mixes two loads: shown, not judged.
      const note = fastest.isnadAlongside ? 'Isnad timed alongside' : 'Isnad timed earlier in the run, under another load: not judged';
      out.push({ name: `faster than the fastest alternative at 100k (${name}, medians, ${note})`, target: '≥ 3×', value: `${ratio.toFixed(2)}× (${f1(fastest.total.median)} vs ${f1(isnad.total.median)} ms)`, met: fastest.isnadAlongside ? ratio >= 3 : null });
    }
  } else {
    out.push({ name: 'cross-reference p95 at 100k (40-claim page)', target: '< 30 ms', value: `not measured (largest size ${largest?.articles ?? 0}: p95 ${f1(largest?.isnad.total.p95 ?? NaN)} ms)`, met: null });
  }
  const ingested = r.sizes.reduce((s, x) => s + x.ingest.added, 0);
  const ingestMs = r.sizes.reduce((s, x) => s + x.ingest.ingestMs, 0);
  const rate = (ingested / ingestMs) * 1000;
  out.push({ name: 'ingest, end to end (analysis + writes)', target: '≥ 500 articles/s', value: `${Math.round(rate)} articles/s over ${ingested.toLocaleString('en')}`, met: rate >= 500 });
  out.push({ name: '100,000-article import', target: '< 4 min', value: `${(100_000 / rate / 60).toFixed(1)} min at that rate`, met: 100_000 / rate < 240 });
  if (r.page) {
    const p = r.page;
    if (p.fromIdle) {
      // The reader sees the first screen; the rest of a 5,000-word article is below it.
      out.push({
        name: 'highlights after idle, 5,000-word page: the first screen (median of warm runs, from the page\'s idle moment)',
        target: '≤ 50 ms',
        value: `${f1(p.fromIdle.firstScreen.median)} ms (first highlight ${f1(p.fromIdle.first.median)} ms; all ${p.runs[0]?.highlights ?? '?'} highlights ${f1(p.fromIdle.all.median)} ms; from DOMContentLoaded: first screen ${f1(p.firstScreen.median)}, all ${f1(p.allHighlights.median)} ms)`,
        met: p.fromIdle.firstScreen.median <= 50,
      });
    } else {
      out.push({ name: 'highlights after idle, 5,000-word page (median of warm runs, from DOMContentLoaded)', target: '≤ 50 ms', value: `${f1(p.allHighlights.median)} ms`, met: p.allHighlights.median <= 50 });
    }
    out.push({ name: 'longest page task caused by Isnad', target: '≤ 50 ms', value: `${f1(r.page.longestTaskMs)} ms (own code: ${f1(r.page.longestIsnadScriptMs)} ms)`, met: r.page.longestTaskMs <= 50 });
  }
  const cs = r.bundles['content script'];
  if (cs) {
    out.push({ name: 'content script, gzipped (up front + lazy on Arabic pages)', target: '< 40 KB', value: `${kb(cs.gzip)} + ${kb(cs.lazyGzip)} = ${kb(cs.gzip + cs.lazyGzip)}`, met: cs.gzip + cs.lazyGzip < 40 * 1024 });
    const upFront = new Set(cs.files.map((f) => f.file));
    const lexicon = cs.lexiconFiles;
    const early = (lexicon ?? []).filter((f) => upFront.has(f));
    out.push({
      name: 'no engine lexicon in what every page loads',
      target: 'none up front',
      value: !lexicon ? 'not checked by this run' : early.length ? `up front: ${early.join(', ')}` : lexicon.length ? `only lazy: ${lexicon.join(', ')}` : 'none in the content script at all',
      met: lexicon ? early.length === 0 : null,
    });
  }
  if (r.background) out.push({ name: `background JS heap at ${r.background.articles.toLocaleString('en')} articles`, target: '< 150 MB', value: `${r.background.heapAfterPagesMB.toFixed(1)} MB`, met: r.background.heapAfterPagesMB < 150 });
  out.push({ name: 'engine, 5,000-word article (Node)', target: '< 20 ms', value: `${f1(r.engine.medianMs)} ms`, met: r.engine.medianMs < 20 });
  return out;
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

export function formatReport(r: BenchResults): string {
  const lines: string[] = [];
  const m = r.machine;
  lines.push(`Isnad benchmarks · ${r.date} · ${m.chromium} · Node ${m.node} · ${m.cpus} cores (${m.cpuModel}) · ${m.memoryGB} GB · load average ${m.loadAverageStart} → ${m.loadAverageEnd ?? '?'} · commit ${m.commit}${m.dirtySrc ? ' + uncommitted src/' : ''}`);
  lines.push('');
  lines.push(`Engine (Node): ${r.engine.words.toLocaleString('en')}-word article, ${r.engine.claims} claims: median ${f1(r.engine.medianMs)} ms, p95 ${f1(r.engine.p95Ms)} ms, ${r.engine.wordsPerSecond.toLocaleString('en')} words/s`);
  if (r.pages) lines.push(`Page queries: ${r.pages.count} pages (${r.pages.inCorpus} tell a story that is in the corpus), median ${r.pages.claims.median} claims, ${r.pages.keys.median} keys (${r.pages.keys.min}–${r.pages.keys.max}), ${r.pages.words.median} words; every design matches ${r.pages.candidatesPerPage ?? 'the same number of'} candidates per page`);
  lines.push('');
  lines.push('Cross-reference of a 40-claim page in Chromium (ms): total = candidates + their records + matching; ×Isnad = design ÷ Isnad');
  const w = [9, 11, 8, 8, 9, 9, 16, 9, 6, 12];
  lines.push(row(['articles', 'design', 'median', 'p95', '×Isnad', '×Isnad95', 'retrieval med/95', 'top-20', 'n', 'build/heap'], w));
  for (const s of r.sizes) {
    const base = s.isnad.total;
    const designs: [string, Alt | QueryFigures][] = [['Isnad', s.isnad], ...Object.entries(s.alternatives)];
    designs.forEach(([name, d], i) => {
      const size = i === 0 ? s.articles.toLocaleString('en') : '';
      if (!d || 'skipped' in d) {
        lines.push(row([size, name, 'skipped', '', '', '', '', '', '', ''], w));
        return;
      }
      const q = d as QueryFigures & Partial<AlternativeFigures>;
      const build = q.buildMs !== undefined ? `${f1(q.buildMs / 1000)}s${q.heapMB !== undefined ? `/${Math.round(q.heapMB)}MB` : ''}` : '';
      lines.push(row([
        size, name, f1(q.total.median), f1(q.total.p95),
        (q.total.median / base.median).toFixed(1), (q.total.p95 / base.p95).toFixed(1),
        `${f1(q.retrieval.median)}/${f1(q.retrieval.p95)}`, q.topStoryShare.toFixed(2), `${q.total.n}${q.capped ? '*' : ''}`, build,
      ], w));
    });
  }
  lines.push('  * stopped by the time budget before the full sample count. top-20 = share of the 20 best candidates from the page\'s own story.');
  for (const s of r.sizes) for (const [name, d] of Object.entries(s.alternatives)) {
    if (measured(d) && d.isnadAlongside) lines.push(`  Isnad timed again right after ${name} at ${s.articles.toLocaleString('en')}: median ${f1(d.isnadAlongside.total.median)} ms, p95 ${f1(d.isnadAlongside.total.p95)} ms (${name} ÷ Isnad: ${(d.total.median / d.isnadAlongside.total.median).toFixed(1)}× median, ${(d.total.p95 / d.isnadAlongside.total.p95).toFixed(1)}× p95)`);
  }
  for (const s of r.sizes) for (const [name, d] of Object.entries(s.alternatives)) if (d && 'skipped' in d) lines.push(`  ${name} at ${s.articles.toLocaleString('en')}: ${d.skipped}`);
  lines.push('');
  lines.push('How Isnad\'s query cost grows with the corpus:');
  r.sizes.forEach((s, i) => {
    const prev = r.sizes[i - 1];
    const growth = prev ? ` (corpus ×${(s.articles / prev.articles).toFixed(1)} → median ×${(s.isnad.total.median / prev.isnad.total.median).toFixed(2)}, retrieval ×${(s.isnad.retrieval.median / prev.isnad.retrieval.median).toFixed(2)})` : '';
    lines.push(`  ${s.articles.toLocaleString('en').padStart(8)} articles, ${s.statements.toLocaleString('en').padStart(10)} statements, ${s.keys.toLocaleString('en').padStart(9)} keys: median ${f1(s.isnad.total.median)} ms, p95 ${f1(s.isnad.total.p95)} ms, retrieval ${f1(s.isnad.retrieval.median)} ms${growth}`);
    if (s.isnadInPage) lines.push(`  ${''.padStart(8)} the same in the harness page (its heap holds the benchmark too): median ${f1(s.isnadInPage.total.median)} ms, p95 ${f1(s.isnadInPage.total.p95)} ms`);
  });
  lines.push('');
  lines.push('Ingest and size on disk:');
  for (const s of r.sizes) {
    lines.push(`  to ${s.articles.toLocaleString('en').padStart(8)}: ${Math.round(s.ingest.articlesPerSecond)} articles/s${s.settleMs !== undefined ? ` (then ${f1(s.settleMs / 1000)} s for the browser to settle before the queries)` : ''} (${s.ingest.added.toLocaleString('en')} added in ${f1(s.ingest.ingestMs / 1000)} s; per 1,000-article call ${Math.round(s.ingest.chunkRates.min)}–${Math.round(s.ingest.chunkRates.max)}/s), storage estimate ${f1(s.storage.estimateMB)} MB (${(s.storage.bytesPerArticle / 1024).toFixed(1)} KB/article), IndexedDB folder ${f1(s.storage.indexedDbOnDiskMB)} MB`);
  }
  for (const s of r.sizes) {
    for (const [what, p] of [['ingest', s.profiles?.ingest], ['page queries', s.profiles?.query]] as const) {
      if (!p) continue;
      lines.push(`CPU profile of the ${what} at ${s.articles.toLocaleString('en')} articles (harness page, ${f1(p.totalMs)} ms sampled):`);
      lines.push(`  self:      ${p.self.slice(0, 10).map((l) => `${l.name} ${Math.round(l.share * 100)}%`).join(', ')}`);
      lines.push(`  inclusive: ${p.inclusive.slice(0, 12).map((l) => `${l.name} ${Math.round(l.share * 100)}%`).join(', ')}`);
    }
  }
  if (r.background) lines.push(`Background (service worker) JS heap: ${r.background.heapAtStartMB.toFixed(1)} MB after start, ${r.background.heapAfterPagesMB.toFixed(1)} MB after cross-referencing the long page at ${r.background.articles.toLocaleString('en')} articles`);
  if (r.page) {
    const p = r.page;
    lines.push('');
    lines.push(`Page side, built extension, ${p.words.toLocaleString('en')}-word article from localhost, corpus of ${p.articles.toLocaleString('en')} (${p.runs.length} loads, first one cold):`);
    p.runs.forEach((run, i) => {
      const t = run.trace;
      const idle = run.fromIdle ? `; from the page's idle moment (+${f1(t?.isnadIdleMs ?? NaN)} ms): first ${f1(run.fromIdle.first)} ms, first screen (${run.firstScreenHighlights} highlights) ${f1(run.fromIdle.firstScreen)} ms, all ${f1(run.fromIdle.all)} ms` : '';
      lines.push(`  load ${i + 1}: ${run.highlights} highlights; first ${f1(run.firstHighlightMs)} ms, all ${f1(run.allHighlightsMs)} ms after DOMContentLoaded${idle}` + (t ? `; content script injected +${f1(t.isnadStartMs)} ms; page main thread busy ${f1(t.mainBusyMs)} ms, longest task ${f1(t.longestMs)} ms (own code ${f1(t.longestIsnadScriptMs)} ms), ${t.over50} over 50 ms; background busy ${f1(t.backgroundBusyMs)} ms, longest ${f1(t.backgroundLongestMs)} ms; page's own longest task before Isnad ${f1(t.pageOwnLongestMs)} ms` : ''));
    });
    if (p.backgroundCost) lines.push(`  the background's work for this page, timed in the harness on the same corpus: ${JSON.stringify(p.backgroundCost)}`);
  }
  lines.push('');
  lines.push('Bundles (gzip -9):');
  for (const [name, b] of Object.entries(r.bundles)) {
    lines.push(`  ${name.padEnd(15)} ${kb(b.gzip).padStart(9)} up front${b.lazy.length ? `, ${kb(b.lazyGzip)} lazy` : ''}${b.lexiconFiles?.length ? `; lexicons in ${b.lexiconFiles.join(', ')}` : ''}  (${[...b.files, ...b.lazy].map((f) => `${f.file.replace(/^assets\//, '')} ${kb(f.gzip)}`).join(', ')})`);
  }
  lines.push('');
  lines.push('Targets (issue 5):');
  for (const t of r.targets) lines.push(`  ${t.met === null ? '–  ' : t.met ? 'met' : 'MISSED'}  ${t.name}: ${t.value} (target ${t.target})`);
  lines.push('');
  lines.push(`Run time ${Math.round(r.runtimeSeconds)} s.`);
  return lines.join('\n');
}
