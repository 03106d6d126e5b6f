import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { analyzeText, analyzeBlocks, type Analysis } from '../engine/index.ts';
import { extractHtmlArticle } from '../store/html-article.ts';
import { parseHtml } from '../store/node-dom.ts';
import { CliError } from './cli-error.ts';

export interface FileArticle {
  path: string;
  analysis: Analysis;
  /** The text offsets refer to: the file itself for .txt, the extracted article for .html. */
  text: string;
  html?: string;
}

/** Reads a .txt or .html article from disk and analyses it, with one-line errors for bad files. */
export async function readArticle(path: string): Promise<FileArticle> {
  let raw: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`${path}: not a file`);
    raw = await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'cannot read file'}`);
  }
  if (raw.trim() === '') throw new CliError(`${path}: the file is empty`);
  const isHtml = /^\.x?html?$/i.test(extname(path)) || /^\s*<(!doctype|html)/i.test(raw);
  if (!isHtml) return { path, analysis: analyzeText(raw), text: raw };
  const page = extractHtmlArticle(raw, parseHtml);
  if (!page || page.blocks.length === 0) throw new CliError(`${path}: no article text found in the HTML`);
  const analysis = analyzeBlocks(page.blocks, page.title);
  return { path, analysis, text: analysis.text, html: raw };
}
