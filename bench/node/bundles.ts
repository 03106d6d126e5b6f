/**
 * Gzipped size of each bundle of the built extension, following the module
 * graph from the manifest's entries: static imports are what loads up
 * front; dynamic imports load only when needed and are counted apart. (The
 * content script is one classic script, so it is all up front.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFigures {
  /** Files loaded up front, with their gzipped bytes. */
  files: { file: string; bytes: number; gzip: number }[];
  /** Files loaded later through dynamic imports. */
  lazy: { file: string; bytes: number; gzip: number }[];
  gzip: number;
  lazyGzip: number;
  /** Files of this bundle that hold the engine's lexicons (found by words only the lexicons contain). */
  lexiconFiles: string[];
}

/** Words that only the engine's lexicons put in a bundle (a place, a unit plural, a title). */
const LEXICON_MARKERS = ['الخرطوم', 'دولارات', 'المتحدث باسم', 'صندوق النقد الدولي'];

const STATIC = /(?:from\s*|import\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g;
const DYNAMIC = /import\(\s*(?:\/\*[^*]*\*\/\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g;

function size(root: string, file: string) {
  const bytes = readFileSync(join(root, file));
  return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function edges(root: string, file: string): { now: string[]; later: string[] } {
  const code = readFileSync(join(root, file), 'utf8');
  const resolveRel = (spec: string) => relative(root, normalize(join(dirname(join(root, file)), spec)));
  const now = [...code.matchAll(STATIC)].map((m) => resolveRel(m[1]));
  const later = [...code.matchAll(DYNAMIC)].map((m) => resolveRel(m[1]));
  return { now: now.filter((f) => existsSync(join(root, f))), later: later.filter((f) => existsSync(join(root, f))) };
}

/** Up-front closure of `entries` and, separately, everything reachable only through dynamic imports. */
export function bundleOf(root: string, entries: string[], extra: string[] = [], lazyEntries = true): BundleFigures {
  const upFront = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string, into: Set<string>, pending: string[]) => {
    if (upFront.has(file) || into.has(file)) return;
    into.add(file);
    const { now, later } = edges(root, file);
    for (const f of now) visit(f, into, pending);
    pending.push(...later);
  };
  const pending: string[] = [];
  for (const e of entries) visit(e, upFront, pending);
  if (lazyEntries) {
    while (pending.length) {
      const f = pending.pop()!;
      if (!upFront.has(f)) visit(f, lazy, pending);
    }
  }
  const files = [...upFront, ...extra].map((f) => size(root, f));
  const lazyFiles = [...lazy].map((f) => size(root, f));
  const lexiconFiles = [...upFront, ...lazy].filter((f) => {
    const code = readFileSync(join(root, f), 'utf8');
    return LEXICON_MARKERS.some((w) => code.includes(w));
  });
  return {
    files,
    lazy: lazyFiles,
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    lazyGzip: lazyFiles.reduce((s, f) => s + f.gzip, 0),
    lexiconFiles,
  };
}

function htmlEntries(root: string, html: string): { scripts: string[]; styles: string[] } {
  const text = readFileSync(join(root, html), 'utf8');
  const local = (u: string) => normalize(u.startsWith('/') ? u.slice(1) : join(dirname(html), u));
  return {
    scripts: [...text.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => local(m[1])),
    styles: [...text.matchAll(/<link[^>]*href="([^"]+\.css)"/g)].map((m) => local(m[1])),
  };
}

/** Every bundle of a built Chrome extension folder, from its manifest. */
export function extensionBundles(root: string): Record<string, BundleFigures> {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const out: Record<string, BundleFigures> = {};
  const cs = manifest.content_scripts?.[0];
  if (cs) out['content script'] = bundleOf(root, cs.js, cs.css ?? []);
  if (manifest.background?.service_worker) out.background = bundleOf(root, [manifest.background.service_worker]);
  const pages: [string, string | undefined][] = [['popup', manifest.action?.default_popup], ['options', manifest.options_ui?.page]];
  for (const [name, html] of pages) {
    if (!html) continue;
    const { scripts, styles } = htmlEntries(root, html);
    out[name] = bundleOf(root, scripts, [html, ...styles]);
  }
  return out;
}
