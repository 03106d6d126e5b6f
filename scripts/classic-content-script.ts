/**
 * Builds the content script as one classic script and declares it in the
 * built manifest.
 *
 * crxjs emits content scripts as ES modules behind a small loader that
 * import()s the entry, which import()s its chunks: each step fetches
 * extension files while the page is still busy loading, and measured here
 * that put 40–100 ms between document_idle and Isnad's first line. A
 * classic script arrives with the injection itself, needs no
 * web-accessible files (which any page could probe for), and keeps every
 * dynamic import inside the one file.
 */
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'vite';

export interface ContentScriptSpec {
  /** Source entry, relative to the project root. */
  entry: string;
  /** A CSS file shipped as is with the script. */
  css: string;
  matches: string[];
  runAt: 'document_idle' | 'document_end' | 'document_start';
}

export const CONTENT_JS = 'content.js';
export const CONTENT_CSS = 'content.css';

export function classicContentScript(root: string, spec: ContentScriptSpec): Plugin {
  let outDir = '';
  let mode = 'production';
  return {
    name: 'isnad:classic-content-script',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      mode = config.mode;
    },
    async writeBundle() {
      await build({
        configFile: false,
        root,
        mode,
        logLevel: 'warn',
        publicDir: false,
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2022',
          sourcemap: false,
          modulePreload: false,
          lib: { entry: join(root, spec.entry), formats: ['iife'], name: 'isnad', fileName: () => CONTENT_JS },
          rollupOptions: { output: { inlineDynamicImports: true } },
        },
      });
      copyFileSync(join(root, spec.css), join(outDir, CONTENT_CSS));
      const manifestFile = join(outDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
      manifest.content_scripts = [{ matches: spec.matches, js: [CONTENT_JS], css: [CONTENT_CSS], run_at: spec.runAt }];
      writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
    },
  };
}
