/**
 * Checks the built content script: one classic script (no module loader,
 * nothing fetched after injection), under 40 KB gzipped, never holding the
 * engine (the background analyses pages), and no extension file a web page
 * could fetch to tell that Isnad is installed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const BUDGET = 40 * 1024;

for (const target of ['chrome', 'firefox']) {
  describe(`the ${target} content script`, () => {
    const dist = fileURLToPath(new URL(`../../dist/${target}/`, import.meta.url));
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
    const [script] = manifest.content_scripts;
    const code = readFileSync(join(dist, script.js[0]), 'utf8');

    it('is one classic script of less than 40 KB gzipped, loading nothing after it', () => {
      expect(manifest.content_scripts).toHaveLength(1);
      expect(script.js).toHaveLength(1);
      // A module would need crxjs's loader and web-accessible chunks.
      expect(code).not.toMatch(/^\s*(import|export)\s/m);
      expect(code).not.toMatch(/\bimport\(/);
      expect(code).not.toMatch(/getURL\(/);
      expect(gzipSync(code).length).toBeLessThan(BUDGET);
      expect(manifest.web_accessible_resources ?? []).toEqual([]);
    });

    it('never holds the engine', () => {
      // Names are minified; the engine's number and place lexicons are not.
      expect(code).not.toMatch(/مليار|مليون|الخرطوم/);
      // The background holds it, so the check means something.
      const background = readFileSync(join(dist, target === 'chrome' ? manifest.background.service_worker : manifest.background.scripts[0]), 'utf8');
      const imported = [...background.matchAll(/["'`]\.?\/?(assets\/[^"'`]+\.js)["'`]/g)].map((m) => readFileSync(join(dist, m[1]), 'utf8'));
      expect([background, ...imported].some((c) => /مليار/.test(c))).toBe(true);
    });
  });
}
