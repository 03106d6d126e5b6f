/**
 * The built extension compiles no strings and loads nothing remote, and its
 * manifest keeps the browsers' default content security policy. Fails if
 * either changes (issue 6, security).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestProblems, scanBuild, scanText } from './bundle-scan.ts';
import { add } from './harness/counters.ts';
import { DIST_CHROME, DIST_FIREFOX, ROOT } from './harness/paths.ts';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('the scanner', () => {
  // Each rule must be able to fire, or a clean result means nothing.
  it.each([
    ['a.js', 'const x = eval("1+1");', 'eval'],
    ['a.js', 'var f = new Function("a", "return a");', 'new Function'],
    ['a.js', 'var g = Function("return this")();', 'Function from a string'],
    ['a.js', 'setTimeout("alert(1)", 10);', 'timer with a string'],
    ['a.js', 'importScripts("x.js");', 'importScripts'],
    ['a.js', 'await import("https://cdn.example/x.js");', 'remote import'],
    ['a.js', 'import { a } from "//cdn.example/x.js";', 'remote import'],
    ['a.js', 's.src = "https://cdn.example/x.js";', 'script element with a remote src'],
    ['a.css', '@import url("https://fonts.example/a.css");', 'remote style sheet'],
    ['a.css', '.x { background: url(https://cdn.example/a.png) }', 'remote resource'],
    ['a.html', '<script src="https://cdn.example/x.js"></script>', 'remote script'],
    ['a.html', '<link rel="stylesheet" href="//cdn.example/a.css">', 'remote style sheet'],
    ['a.html', '<script>alert(1)</script>', 'inline script'],
    ['a.html', '<button onclick="go()">', 'inline event handler'],
  ])('finds %s: %s', (file, text, rule) => {
    expect(scanText(file, text).map((f) => f.rule)).toContain(rule);
  });

  it('does not flag ordinary code', () => {
    expect(scanText('a.js', 'const evaluate = (x) => x; retrieval(1); obj.eval2(); "http://www.w3.org/2000/svg"')).toEqual([]);
    expect(scanText('a.html', '<script type="module" crossorigin src="/assets/a.js"></script>')).toEqual([]);
  });

  it('flags a loosened manifest', () => {
    expect(manifestProblems({ content_security_policy: { extension_pages: "script-src 'self' 'unsafe-eval'" } })).toHaveLength(1);
    expect(manifestProblems({ externally_connectable: { matches: ['*://*/*'] } })).toHaveLength(1);
    expect(manifestProblems({ permissions: ['storage', 'tabs'] })).toEqual(['permission "tabs" was added']);
  });
});

describe.each([
  ['chrome', DIST_CHROME],
  ['firefox', DIST_FIREFOX],
])('the %s build', (_target, dist) => {
  it('has no eval, no Function from strings, no remote script or style', () => {
    const { files, findings } = scanBuild(dist);
    add('bundle.files', files);
    add('bundle.findings', findings.length);
    expect(files).toBeGreaterThan(5);
    expect(findings).toEqual([]);
  });

  it('keeps the default content security policy and the fewest permissions', () => {
    const problems = manifestProblems(readJson(join(dist, 'manifest.json')));
    add('bundle.findings', problems.length);
    expect(problems).toEqual([]);
  });
});

it('the manifest source keeps the default content security policy', () => {
  const problems = manifestProblems(readJson(join(ROOT, 'manifest.json')));
  add('bundle.findings', problems.length);
  expect(problems).toEqual([]);
});
