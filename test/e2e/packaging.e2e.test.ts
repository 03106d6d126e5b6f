import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Checks on the built packages themselves (`npm run build` runs first). */
const manifest = (target: string) => JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8'));

describe('packaging', () => {
  it('gives Chrome a service worker and Firefox an event page from the one manifest', () => {
    const chrome = manifest('chrome');
    const firefox = manifest('firefox');
    expect(chrome.background.service_worker).toBeTruthy();
    expect(chrome.background.scripts).toBeUndefined();
    expect(firefox.background.scripts?.length).toBeGreaterThan(0);
    expect(firefox.background.service_worker).toBeUndefined();
    const gecko = firefox.browser_specific_settings.gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseInt(gecko.strict_min_version, 10)).toBeGreaterThanOrEqual(140);
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.version).toBe(firefox.version);
  });

  it('asks for the permissions the README explains and no more', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const target of ['chrome', 'firefox']) {
      const m = manifest(target);
      expect([...m.permissions].sort()).toEqual(['storage', 'unlimitedStorage']);
      expect(m.host_permissions ?? []).toEqual([]);
      expect(m.optional_permissions ?? []).toEqual([]);
      for (const p of m.permissions) expect(readme).toContain(`**${p}**`);
    }
  });

  it('passes web-ext lint for Firefox with no errors', () => {
    const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'],
    });
    const report = JSON.parse(out) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);
});
