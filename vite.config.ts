import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import { classicContentScript, type ContentScriptSpec } from './scripts/classic-content-script.ts';

/**
 * One manifest source (manifest.json), two builds:
 *   vite build --mode chrome  → dist/chrome  (background.service_worker)
 *   vite build --mode firefox → dist/firefox (background.scripts, gecko settings)
 * crxjs fails on a Firefox manifest that still has service_worker, so the
 * background key is chosen here per target. crxjs builds the background,
 * the popup and the options page; the content script is built apart as one
 * classic script (scripts/classic-content-script.ts says why).
 */
type Target = 'chrome' | 'firefox';

const root = fileURLToPath(new URL('.', import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(`${root}${file}`, 'utf8'));

/** The manifest's one content script, as the source declares it. */
function contentScriptOf(manifest: { content_scripts: { js: string[]; css: string[]; matches: string[]; run_at: ContentScriptSpec['runAt'] }[] }): ContentScriptSpec {
  const [c] = manifest.content_scripts;
  return { entry: c.js[0], css: c.css[0], matches: c.matches, runAt: c.run_at };
}

function manifestFor(target: Target): ManifestV3Export {
  const { browser_specific_settings: gecko, background, content_scripts: _content, ...common } = readJson('manifest.json');
  const version: string = readJson('package.json').version;
  if (target === 'chrome') return { ...common, version, background };
  return {
    ...common,
    version,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: gecko,
  } as ManifestV3Export;
}

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    plugins: [
      crx({ manifest: manifestFor(target), browser: target }),
      classicContentScript(root, contentScriptOf(readJson('manifest.json'))),
    ],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Vite's preloader would add <link rel=modulepreload> to the *web page*
      // for the content script's lazy chunks, pointing at the page's origin.
      modulePreload: false,
    },
    server: { port: 5173, strictPort: true, cors: { origin: [/chrome-extension:\/\//] } },
  };
});
