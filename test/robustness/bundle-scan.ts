/**
 * Looks through a built extension for code that compiles strings at run
 * time or loads script or style from elsewhere. Any of these would need a
 * weaker content security policy, or let a remote server change Isnad.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Finding {
  file: string;
  rule: string;
  excerpt: string;
}

const JS_RULES: [string, RegExp][] = [
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function from a string', /(?<![\w$.])Function\s*\(\s*["'`]/],
  ['timer with a string', /\b(?:setTimeout|setInterval)\s*\(\s*["'`]/],
  ['importScripts', /\bimportScripts\s*\(/],
  ['remote import', /\bimport\s*(?:\(\s*|[\w$*{}\s,]*from\s*)["'`](?:https?:)?\/\//],
  ['script element with a remote src', /\.src\s*=\s*["'`](?:https?:)?\/\//],
  ['remote style sheet', /@import\s+(?:url\()?["']?(?:https?:)?\/\//],
];

const HTML_RULES: [string, RegExp][] = [
  ['remote script', /<script\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?\/\//i],
  ['remote style sheet', /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\//i],
  ['inline script', /<script\b(?![^>]*\bsrc\s*=)[^>]*>\s*\S/i],
  ['inline event handler', /<[a-z][^>]*\son[a-z]+\s*=/i],
];

const CSS_RULES: [string, RegExp][] = [
  ['remote style sheet', /@import\s+(?:url\()?["']?(?:https?:)?\/\//i],
  ['remote resource', /url\(\s*["']?(?:https?:)?\/\//i],
];

function rulesFor(file: string): [string, RegExp][] {
  if (/\.(m?js)$/.test(file)) return JS_RULES;
  if (/\.html?$/.test(file)) return HTML_RULES;
  if (/\.css$/.test(file)) return CSS_RULES;
  return [];
}

/** Findings in one file's text (exported so tests can show each rule fires). */
export function scanText(file: string, text: string): Finding[] {
  const out: Finding[] = [];
  for (const [rule, re] of rulesFor(file)) {
    const m = re.exec(text);
    if (m) out.push({ file, rule, excerpt: text.slice(Math.max(0, m.index - 40), m.index + 60) });
  }
  return out;
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

export function scanBuild(dir: string): { files: number; findings: Finding[] } {
  const files = filesUnder(dir).filter((f) => rulesFor(f).length);
  return { files: files.length, findings: files.flatMap((f) => scanText(relative(dir, f), readFileSync(f, 'utf8'))) };
}

/** Manifest keys that would loosen what the browser allows by default. */
export function manifestProblems(manifest: Record<string, unknown>): string[] {
  const out: string[] = [];
  if ('content_security_policy' in manifest) out.push('content_security_policy is set (keep the browser default)');
  if ('externally_connectable' in manifest) out.push('externally_connectable lets web pages or other extensions message Isnad');
  if ('sandbox' in manifest) out.push('sandbox pages may run eval');
  const hosts = (manifest.host_permissions ?? []) as string[];
  if (hosts.length) out.push(`host_permissions ${JSON.stringify(hosts)}`);
  const perms = (manifest.permissions ?? []) as string[];
  const allowed = new Set(['storage', 'unlimitedStorage']);
  for (const p of perms) if (!allowed.has(p)) out.push(`permission "${p}" was added`);
  return out;
}
