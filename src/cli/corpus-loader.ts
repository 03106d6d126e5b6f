/**
 * Loads a corpus from disk into a Corpus (Node only): a folder of .txt and
 * .html articles (searched recursively), a JSON Lines export, or one article
 * file. Every problem becomes an Error with a one-line message naming the file.
 */
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { blocksText, extractHtmlArticle } from '../store/html-article.ts';
import { parseHtml } from '../store/node-dom.ts';
import type { Corpus } from '../store/corpus.ts';
import type { ArticleInput } from '../store/types.ts';

const TEXT = new Set(['.txt']);
const HTML = new Set(['.html', '.htm', '.xhtml']);
const JSONL = new Set(['.jsonl', '.ndjson']);
const BATCH = 250;

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}

function fail(path: string, problem: string): never {
  throw new Error(oneLine(`${path}: ${problem}`));
}

function fsProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR') return 'not a directory';
  return `cannot read (${code ?? (e as Error).message})`;
}

async function filesUnder(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    fail(dir, fsProblem(e));
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await filesUnder(path)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function readText(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    fail(path, fsProblem(e));
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    fail(path, 'not valid UTF-8 text');
  }
  if (!text.trim()) fail(path, 'the file is empty');
  return text;
}

/** One article file as store input; HTML is extracted here with linkedom. */
async function articleInput(path: string): Promise<ArticleInput> {
  const raw = await readText(path);
  if (!HTML.has(extname(path).toLowerCase())) return { text: raw, file: path, origin: 'import', layout: 'plain' };
  const page = extractHtmlArticle(raw, parseHtml);
  if (page.blocks.length === 0) fail(path, 'no article text found in the HTML');
  const input: ArticleInput = { text: blocksText(page.blocks, page.title), layout: 'blocks', file: path, origin: 'import' };
  if (page.title) input.title = page.title;
  if (page.outlet) input.outlet = page.outlet;
  if (page.published) input.published = page.published;
  if (page.url) input.url = page.url;
  return input;
}

async function loadJsonl(path: string, corpus: Corpus): Promise<number> {
  const report = await corpus.importJsonl(() => createReadStream(path) as AsyncIterable<Uint8Array>, { strict: true });
  if (report.error) fail(path, report.error);
  return report.added + report.updated + report.unchanged;
}

/** Adds article files in batches; returns how many distinct articles they make (copies count once). */
async function loadArticles(paths: string[], corpus: Corpus): Promise<number> {
  const ids = new Set<number>();
  for (let at = 0; at < paths.length; at += BATCH) {
    const inputs = await Promise.all(paths.slice(at, at + BATCH).map(articleInput));
    try {
      for (const r of await corpus.addArticles(inputs)) ids.add(r.id);
    } catch (e) {
      throw new Error(oneLine((e as Error).message));
    }
  }
  return ids.size;
}

/**
 * Loads `path` into `corpus`: a folder (its .txt, .html and .jsonl files, in
 * name order), a .jsonl export (every line must be valid), or a single .txt
 * or .html article. Each article records the file it came from.
 */
export async function loadCorpus(path: string, corpus: Corpus): Promise<{ articles: number }> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    fail(path, fsProblem(e));
  }
  const files = info.isDirectory() ? await filesUnder(path) : [path];
  const kind = (f: string) => extname(f).toLowerCase();
  const articles = files.filter((f) => TEXT.has(kind(f)) || HTML.has(kind(f)));
  const exports = files.filter((f) => JSONL.has(kind(f)));
  if (!info.isDirectory() && articles.length + exports.length === 0) {
    fail(path, 'not a corpus: expected a folder, a .jsonl export, or a .txt or .html article');
  }
  if (articles.length + exports.length === 0) fail(path, 'no .txt, .html or .jsonl files found');
  let count = await loadArticles(articles, corpus);
  for (const f of exports) count += await loadJsonl(f, corpus);
  return { articles: count };
}
