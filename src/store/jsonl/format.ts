import { normalizeUrl } from '../prepare.ts';
import type { ArticleRecord, Origin, TextLayout } from '../types.ts';

/**
 * One article per line (docs/corpus-format.md). `v` is on every line so a
 * file can be checked line by line and a newer file refused before anything
 * is written.
 */
export const FORMAT_VERSION = 1;

export interface JsonlArticle {
  v: number;
  /** The exporting store's id: unique within a file, not reused as a store id. */
  id?: number | string;
  url?: string;
  title?: string;
  outlet?: string;
  published?: string;
  addedAt?: number;
  origin?: Origin;
  file?: string;
  layout?: TextLayout;
  text: string;
}

export type LineCheck =
  | { ok: true; article: JsonlArticle }
  | {
      ok: false;
      reason: string;
      /** Set when the line is from a newer format: the whole file is refused. */
      futureVersion?: number;
      /** Set when the line does not even look like JSON Lines (HTML, an array, plain text). */
      notJsonl?: boolean;
    };

const MAX_DEPTH = 32;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ORIGINS = new Set<Origin>(['seed', 'page', 'import']);
const LAYOUTS = new Set<TextLayout>(['plain', 'blocks']);
const LIMITS: Record<string, number> = { url: 4096, title: 2000, outlet: 500, published: 100, file: 4096, id: 200 };
const FIELDS = new Set(['v', 'id', 'url', 'title', 'outlet', 'published', 'addedAt', 'origin', 'file', 'layout', 'text']);
// In a /u regex a surrogate class matches only unpaired halves.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * A publication date as pages and exports write them. Date.parse alone is
 * too lenient: V8 reads '<img src="http://localhost:34567' as the year
 * 34567, so markup and years outside 1000..9999 are refused too.
 */
export function isPlausibleDate(value: string): boolean {
  if (/[<>{}]/.test(value)) return false;
  const t = Date.parse(value);
  if (Number.isNaN(t)) return false;
  const year = new Date(t).getUTCFullYear();
  return year >= 1000 && year <= 9999;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

/** Walks parsed JSON once, refusing prototype-polluting keys and deep nesting at any depth. */
function checkStructure(root: unknown): string | undefined {
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) return `nesting deeper than ${MAX_DEPTH} levels`;
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return `forbidden key "${key}"`;
      stack.push([(value as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return undefined;
}

function stringField(obj: Record<string, unknown>, field: string): string | undefined {
  const v = obj[field];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') return `field "${field}" must be a string, got ${kindOf(v)}`;
  if (LIMITS[field] !== undefined && v.length > LIMITS[field]) return `field "${field}" is longer than ${LIMITS[field]} characters`;
  if (LONE_SURROGATE.test(v)) return `field "${field}" is not valid Unicode (unpaired surrogate)`;
  return undefined;
}

function checkFields(obj: Record<string, unknown>): string | undefined {
  for (const key of Object.keys(obj)) if (!FIELDS.has(key)) return `unknown field "${key.slice(0, 40)}"`;
  for (const f of ['url', 'title', 'outlet', 'published', 'file', 'text']) {
    const problem = stringField(obj, f);
    if (problem) return problem;
  }
  if (obj.text === undefined) return 'missing field "text"';
  if (!(obj.text as string).trim()) return 'field "text" is empty';
  const id = obj.id;
  if (id !== undefined) {
    if (typeof id === 'number') {
      if (!Number.isSafeInteger(id) || id < 0) return 'field "id" must be a non-negative integer or a string';
    } else if (typeof id === 'string') {
      if (!id || id.length > LIMITS.id) return `field "id" must be a string of 1 to ${LIMITS.id} characters`;
    } else {
      return `field "id" must be a non-negative integer or a string, got ${kindOf(id)}`;
    }
  }
  if (obj.addedAt !== undefined) {
    const t = obj.addedAt;
    if (typeof t !== 'number' || !Number.isSafeInteger(t) || t < 0) return 'field "addedAt" must be a time in milliseconds (a non-negative integer)';
  }
  if (obj.origin !== undefined && !ORIGINS.has(obj.origin as Origin)) return 'field "origin" must be "seed", "page" or "import"';
  if (obj.layout !== undefined && !LAYOUTS.has(obj.layout as TextLayout)) return 'field "layout" must be "plain" or "blocks"';
  if (typeof obj.published === 'string' && obj.published && !isPlausibleDate(obj.published)) {
    return `field "published" is not a date: ${JSON.stringify(obj.published.slice(0, 40))}`;
  }
  if (typeof obj.url === 'string') {
    try {
      normalizeUrl(obj.url);
    } catch (e) {
      return `field "url": ${(e as Error).message}`;
    }
  }
  return undefined;
}

/** Checks one line of a JSON Lines corpus file. Never throws. */
export function checkLine(text: string, terminated: boolean): LineCheck {
  const trimmed = text.trim();
  if (trimmed.startsWith('<')) return { ok: false, reason: 'looks like HTML or XML, not JSON Lines', notJsonl: true };
  if (trimmed === '{' || trimmed === '[') {
    return { ok: false, reason: 'looks like pretty-printed JSON; a corpus file holds one JSON object per line', notJsonl: true };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const detail = (e as Error).message.split('\n')[0].slice(0, 120);
    const reason = terminated ? `malformed JSON (${detail})` : `truncated last line: no line end and not valid JSON (${detail})`;
    return { ok: false, reason, notJsonl: !trimmed.startsWith('{') };
  }
  const structural = checkStructure(value);
  if (structural) return { ok: false, reason: structural };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: `expected a JSON object, got ${kindOf(value)}`, notJsonl: true };
  }
  const obj = value as Record<string, unknown>;
  if (obj.v === undefined) return { ok: false, reason: 'missing field "v" (format version)' };
  if (typeof obj.v !== 'number' || !Number.isInteger(obj.v)) return { ok: false, reason: `field "v" must be an integer, got ${kindOf(obj.v)}` };
  if (obj.v > FORMAT_VERSION) {
    return { ok: false, reason: `format version ${obj.v} is newer than this version of Isnad reads (${FORMAT_VERSION})`, futureVersion: obj.v };
  }
  if (obj.v < 1) return { ok: false, reason: `unknown format version ${obj.v}` };
  const problem = checkFields(obj);
  if (problem) return { ok: false, reason: problem };
  // Copy only known fields into a fresh object: nothing from the file reaches a prototype.
  const article: JsonlArticle = { v: obj.v, text: obj.text as string };
  for (const f of ['id', 'url', 'title', 'outlet', 'published', 'addedAt', 'origin', 'file', 'layout'] as const) {
    if (obj[f] !== undefined) (article as unknown as Record<string, unknown>)[f] = obj[f];
  }
  return { ok: true, article };
}

/** One line of an export (without the line end); field order is fixed so exports compare byte for byte. */
export function articleLine(a: ArticleRecord): string {
  const line: Record<string, unknown> = { v: FORMAT_VERSION, id: a.id, url: a.url, title: a.title, outlet: a.outlet };
  if (a.published) line.published = a.published;
  line.addedAt = a.addedAt;
  line.origin = a.origin;
  if (a.file) line.file = a.file;
  line.layout = a.layout ?? 'plain';
  line.text = a.text;
  return JSON.stringify(line);
}
