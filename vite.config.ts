import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';

/**
 * One manifest source (manifest.json), two builds:
 *   vite build --mode chrome  → dist/chrome  (background.service_worker)
 *   vite build --mode firefox → dist/firefox (background.scripts, gecko settings)
 * crxjs fails on a Firefox manifest that still has service_worker, so the
 * background key is chosen here per target.
 */
type Target = 'chrome' | 'firefox';

const root = fileURLToPath(new URL('.', import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(`${root}${file}`, 'utf8'));

function manifestFor(target: Target): ManifestV3Export {
  const { browser_specific_settings: gecko, background, ...common } = readJson('manifest.json');
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
    plugins: [crx({ manifest: manifestFor(target), browser: target })],
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
