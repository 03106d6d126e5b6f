import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { overallVerdict, type ClaimReport } from '../engine/index.ts';
import { Corpus } from '../store/corpus.ts';
import { crossReference } from '../store/cross-reference.ts';
import { parseHtml } from '../store/node-dom.ts';
import { claimJson, claimLine } from './claims-output.ts';
import { CliError } from './cli-error.ts';
import { loadCorpus } from './corpus-loader.ts';
import { readArticle, type FileArticle } from './read-article.ts';

const VERDICT_MARK = { agrees: '=', conflicts: '≠', related: '~' } as const;

function summary(reports: ClaimReport[]): string {
  const counts = { agrees: 0, conflicts: 0, related: 0, none: 0 };
  for (const r of reports) counts[overallVerdict(r)]++;
  return `${reports.length} claims: ${counts.agrees} agree, ${counts.conflicts} conflict, ${counts.related} related only, ${counts.none} with no source`;
}

function printHuman(file: FileArticle, reports: ClaimReport[]): void {
  const out: string[] = [`${file.path}: ${summary(reports)}`];
  for (const r of reports) {
    const verdict = overallVerdict(r);
    out.push(`  ${claimLine(r.claim)}  → ${verdict}${r.matches.length ? ` (${r.sources} independent source${r.sources === 1 ? '' : 's'})` : ''}`);
    for (const m of r.matches) {
      const where = m.article.file ?? m.article.url ?? '';
      const copy = m.copyOf === undefined ? '' : m.copyOf === 'page' ? ' [copy of this article]' : ` [copy of article ${m.copyOf}]`;
      const said = m.text ? `«${m.text}»` : `«${m.statement.length > 80 ? m.statement.slice(0, 77) + '…' : m.statement}»`;
      out.push(`      ${VERDICT_MARK[m.verdict]} ${m.verdict.padEnd(9)} ${m.score.toFixed(2)}  ${said}  — ${m.article.outlet || m.article.title}${where ? ` (${where})` : ''}${copy}`);
    }
  }
  process.stdout.write(out.join('\n') + '\n');
}

function printJson(file: FileArticle, reports: ClaimReport[]): void {
  const claims = reports.map((r) => ({
    ...claimJson(r.claim, file.analysis),
    verdict: overallVerdict(r),
    sources: r.sources,
    matches: r.matches.map((m) => ({
      verdict: m.verdict,
      score: m.score,
      text: m.text,
      statement: m.statement,
      ...(m.copyOf !== undefined ? { copyOf: m.copyOf } : {}),
      article: {
        title: m.article.title,
        outlet: m.article.outlet,
        url: m.article.url,
        ...(m.article.file ? { file: m.article.file } : {}),
        ...(m.article.published ? { published: m.article.published } : {}),
      },
    })),
  }));
  process.stdout.write(JSON.stringify({ file: file.path, claims }) + '\n');
}

/** Loads the corpus once into an in-memory store, then cross-references every file against it. */
export async function runXref(paths: string[], corpusPath: string, json: boolean): Promise<void> {
  // Read every file first: a bad argument fails before the corpus is loaded.
  const files: FileArticle[] = [];
  for (const p of paths) files.push(await readArticle(p));
  const corpus = await Corpus.open({ name: 'isnad-cli', indexedDB: new IDBFactory(), IDBKeyRange, parseHtml });
  try {
    try {
      await loadCorpus(corpusPath, corpus);
    } catch (e) {
      throw new CliError(`corpus ${(e as Error).message}`);
    }
    for (const file of files) {
      const reports = await crossReference(corpus, file.analysis);
      if (json) printJson(file, reports);
      else printHuman(file, reports);
    }
  } finally {
    corpus.close();
  }
}
