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

/**
 * Adds bench/harness.html, bench/harness.js and bench/isnad-worker.js to a
 * built extension folder (`root` and `dir` let a comparison put the harness
 * of another checkout beside it).
 */
export async function buildHarness(extDir: string, root = ROOT, dir = 'bench'): Promise<void> {
  const outDir = join(extDir, dir);
  // The worker is a file of its own: an extension page may not start one from a blob.
  for (const [entry, fileName] of [['harness.ts', 'harness.js'], ['isnad-worker.ts', 'isnad-worker.js']] as const) {
    await build({
      configFile: false,
      root,
      logLevel: 'error',
      build: {
        outDir,
        emptyOutDir: fileName === 'harness.js',
        target: 'es2022',
        minify: false,
        modulePreload: false,
        lib: { entry: join(root, 'bench/browser', entry), formats: ['es'], fileName: () => fileName },
      },
    });
  }
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'harness.html'), '<!doctype html><meta charset="utf-8"><title>isnad bench</title><script type="module" src="harness.js"></script>\n');
}
