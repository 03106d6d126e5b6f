/**
 * Builds what the browser benchmarks load: the extension exactly as
 * `npm run build` builds dist/chrome (same vite config, mode chrome), into a
 * temporary folder so a benchmark never disturbs dist/, plus the harness page
 * added to that copy under bench/ (extension pages may only run scripts from
 * the extension itself, so the harness is a file there, not inline).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..', '..');

export async function buildExtension(outDir: string): Promise<void> {
  await build({
    configFile: join(ROOT, 'vite.config.ts'),
    root: ROOT,
    mode: 'chrome',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

/** Adds bench/harness.html and bench/harness.js to a built extension folder. */
export async function buildHarness(extDir: string): Promise<void> {
  const outDir = join(extDir, 'bench');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: false,
      modulePreload: false,
      lib: { entry: join(ROOT, 'bench/browser/harness.ts'), formats: ['es'], fileName: () => 'harness.js' },
    },
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'harness.html'), '<!doctype html><meta charset="utf-8"><title>isnad bench</title><script type="module" src="harness.js"></script>\n');
}
