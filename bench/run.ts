/**
 * `npm run bench`: Isnad's performance figures, measured, printed, never
 * asserted (targets live in issue 5; a shared machine would make asserted
 * timings flaky). One process tree, one run:
 *
 *   1. the engine in Node (one 5,000-word article);
 *   2. the extension built as `npm run build` builds it (into a temporary
 *      folder), with a benchmark page added, loaded in Chromium;
 *   3. Isnad's store at 1,000 / 10,000 / 100,000 synthetic articles:
 *      ingest rate, size on disk, cross-reference timings;
 *   4. the same page queries through the naive multiEntry design,
 *      FlexSearch and MiniSearch;
 *   5. the page side: a 5,000-word article served from localhost with the
 *      extension at work, and the background's memory;
 *   6. the gzipped size of each bundle.
 *
 * Flags: --quick (1,000 and 10,000 only), --sizes=1000,5000, --json (one
 * JSON object on stdout; progress goes to stderr), --out=FILE (also write
 * the JSON there), --samples=N (timed queries per design and size, default
 * 80), --budget=SECONDS (per design and size, default 30), --naive-max=N
 * (largest corpus the naive design is loaded at, default 10000),
 * --page-runs=N (default 5), --keep (keep the browser profile and traces).
 */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchEngine } from './engine-throughput.ts';
import { makeArticlePage, serveArticle } from './node/article-page.ts';
import { launch, openHarness, TargetChannel } from './node/browser.ts';
import { buildExtension, buildHarness } from './node/build.ts';
import { extensionBundles } from './node/bundles.ts';
import { describeMachine, finishMachine } from './node/machine.ts';
import { measurePageSide } from './node/page-side.ts';
import { formatReport, judgeTargets, type BenchResults } from './node/report.ts';
import { caller, runAlternatives, runIsnadSizes, type SizeFigures } from './node/store-phase.ts';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

const json = flag('json');
const quick = flag('quick');
const sizes = option('sizes')?.split(',').map(Number).filter((n) => n > 0) ?? (quick ? [1000, 10_000] : [1000, 10_000, 100_000]);
const samples = Number(option('samples') ?? 80);
const budgetMs = Number(option('budget') ?? 30) * 1000;
const naiveMax = Number(option('naive-max') ?? 10_000);
const pageRuns = Number(option('page-runs') ?? 5);
const keep = flag('keep');
const outFile = option('out');

const started = Date.now();
const log = (line: string) => process.stderr.write(`[bench ${String(Math.round((Date.now() - started) / 1000)).padStart(4)}s] ${line}\n`);

const machine = describeMachine();
log(`engine throughput (Node)`);
const engine = benchEngine(5000);

const work = mkdtempSync(join(tmpdir(), 'isnad-bench-'));
const extDir = join(work, 'ext');
const profileDir = join(work, 'profile');
const traceDir = join(work, 'traces');
const cpuProfileDir = join(work, 'cpu-profiles');
mkdirSync(traceDir);
mkdirSync(cpuProfileDir);
log(`building the extension and the harness into ${work}`);
await buildExtension(extDir);
const bundles = extensionBundles(extDir);
await buildHarness(extDir);

const { context, extensionId } = await launch(extDir, profileDir);
const cleanup = async () => {
  await context.close().catch(() => {});
  if (!keep) rmSync(work, { recursive: true, force: true });
};
process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

let results: BenchResults;
try {
  const { page, cdp } = await openHarness(context, extensionId, log);
  const call = caller(page);
  await call('init', 15000);
  const sw = await TargetChannel.open(cdp, (t) => t.type === 'service_worker' && t.url.includes(extensionId));
  const heapAtStartMB = (await sw.heap()).usedMB;

  log('building the page queries');
  const pages = await call('pages', 40);
  const opts = { sizes, samples, budgetMs, naiveMax, profileDir, cpuProfileDir, log };
  const isnadSizes = await runIsnadSizes(call, cdp, opts);
  const sizeFigures: SizeFigures[] = [];
  for (const s of isnadSizes) {
    const synthetic = sizes[sizeFigures.length];
    sizeFigures.push({ ...s, alternatives: await runAlternatives(call, cdp, synthetic, opts) });
  }
  await call('dropAlternatives');

  log('page side: 5,000-word article with the extension at work');
  const article = makeArticlePage(5000);
  const { url, server } = await serveArticle(article);
  const backgroundCost = await call('pageCost', article.title, article.blocks, url, 5);
  const pageFigures = await measurePageSide(context, url, pageRuns, log, keep ? traceDir : undefined);
  server.close();
  const swNow = await TargetChannel.open(cdp, (t) => t.type === 'service_worker' && t.url.includes(extensionId));
  const heapAfterPagesMB = (await swNow.heap()).usedMB;
  const articles = sizeFigures[sizeFigures.length - 1]?.articles ?? 0;

  const partial: Omit<BenchResults, 'targets'> = {
    schema: 1,
    date: new Date().toISOString(),
    runtimeSeconds: (Date.now() - started) / 1000,
    machine: finishMachine(machine),
    options: { sizes, samples, budgetMs, quick },
    engine,
    bundles,
    pages,
    sizes: sizeFigures,
    background: { heapAtStartMB, heapAfterPagesMB, articles },
    page: { ...pageFigures, words: article.words, articles, backgroundCost },
  };
  results = { ...partial, targets: judgeTargets(partial) };
} finally {
  await cleanup();
}

if (outFile) writeFileSync(outFile, `${JSON.stringify(results, null, 1)}\n`);
if (json) console.log(JSON.stringify(results));
else console.log(formatReport(results));
if (keep) log(`kept ${work}`);
