import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Page and corpus text must never be parsed as HTML anywhere in the extension.
const ROOT = fileURLToPath(new URL('../../src/', import.meta.url));
const DIRS = ['content', 'ui', 'popup', 'options', 'background', 'platform'];
const FORBIDDEN = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment)\b/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('extension code', () => {
  it('never inserts HTML', () => {
    const offenders = DIRS.flatMap((d) => files(join(ROOT, d))).filter((f) => FORBIDDEN.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('touches webextension-polyfill only in the platform layer', () => {
    const offenders = DIRS.filter((d) => d !== 'platform').flatMap((d) => files(join(ROOT, d)))
      .filter((f) => /from ['"]webextension-polyfill['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
