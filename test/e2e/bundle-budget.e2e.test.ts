/**
 * Checks the built content script: what every page loads (the entry and its
 * static imports) stays under 40 KB gzipped, and the engine is never part of
 * it (the background analyses pages).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUDGET = 40 * 1024;

function staticGraph(dist: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) {
    staticGraph(dist, normalize(join(dirname(file), m[1])), seen);
  }
  return seen;
}

function dynamicImports(dist: string, files: Set<string>): string[] {
  return [...files].flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/import\(["'`](\.{1,2}\/[^"'`]+)["'`]\)/g)]
    .map((m) => normalize(join(dirname(f), m[1]))));
}

for (const target of ['chrome', 'firefox']) {
  describe(`the ${target} content script`, () => {
    const dist = fileURLToPath(new URL(`../../dist/${target}/`, import.meta.url));
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    const loader: string = manifest.content_scripts[0].js[0];
    const entry = readFileSync(join(dist, loader), 'utf8').match(/getURL\(\s*["'`]([^"'`]+)["'`]/)![1];

    it('loads less than 40 KB gzipped on every page', () => {
      const files = staticGraph(dist, entry);
      files.add(loader);
      const size = [...files].reduce((n, f) => n + gzipSync(readFileSync(join(dist, f))).length, 0);
      expect(files.size).toBeGreaterThan(1);
      expect(size).toBeLessThan(BUDGET);
    });

    it('never loads the engine, not even lazily', () => {
      const all = staticGraph(dist, entry);
      for (const lazy of dynamicImports(dist, all)) staticGraph(dist, lazy, all);
      // Names are minified; the engine's number lexicon is not.
      const engineChunks = [...all].filter((f) => /مليار|مليون/.test(readFileSync(join(dist, f), 'utf8')));
      expect(dynamicImports(dist, all).length).toBeGreaterThan(0);
      expect(engineChunks).toEqual([]);
    });
  });
}
