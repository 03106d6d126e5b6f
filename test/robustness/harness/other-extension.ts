/**
 * Another extension installed next to Isnad, with a page the tests can run
 * code in: it tries to message Isnad's background by Isnad's id, which
 * only works if Isnad listens to other extensions (it must not).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const OTHER_GECKO_ID = 'other@robustness.invalid';
export const OTHER_UUID = '3f2e1d0c-5b4a-4c3d-8e7f-6a5b4c3d2e1f';

export function writeOtherExtension(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({
    manifest_version: 3,
    name: 'Other extension',
    short_name: 'Other',
    version: '1.0',
    background: { service_worker: 'bg.js', scripts: ['bg.js'] },
    browser_specific_settings: { gecko: { id: OTHER_GECKO_ID, strict_min_version: '140.0' } },
  }, null, 1));
  writeFileSync(join(dir, 'bg.js'), '// Does nothing by itself: the tests act from page.html.\n');
  writeFileSync(join(dir, 'page.html'), '<!doctype html><meta charset="utf-8"><title>other</title><p>other extension</p>\n');
  return dir;
}

/** Runs in the other extension's page: sends each message to Isnad and reports what came back. */
export async function messageIsnad(arg: { isnadId: string; messages: unknown[] }): Promise<{ answered: number; refused: number; errors: string[] }> {
  type Runtime = { sendMessage(id: string, m: unknown): Promise<unknown> };
  const g = globalThis as unknown as { browser?: { runtime: Runtime }; chrome: { runtime: Runtime } };
  const runtime = (g.browser ?? g.chrome).runtime;
  let answered = 0;
  let refused = 0;
  const errors: string[] = [];
  for (const m of arg.messages) {
    try {
      const answer = (await runtime.sendMessage(arg.isnadId, m)) as { ok?: boolean } | undefined;
      if (answer && answer.ok) answered++;
      else refused++;
    } catch (e) {
      refused++;
      errors.push(String((e as Error).message ?? e).slice(0, 120));
    }
  }
  return { answered, refused, errors: [...new Set(errors)] };
}
