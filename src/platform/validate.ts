/**
 * Shape checks for every request of the protocol. A sender that passed the
 * sender check can still send a malformed payload (a bug, or a compromised
 * page feeding a content script): each request is checked here before its
 * handler runs, with limits that keep any one message small.
 *
 * `VALIDATORS` is typed over every message name, so adding a message
 * without a validator fails to compile.
 */
import type { MessageName, RequestOf } from './protocol.ts';
import { MAX_IMPORT_CHUNK_CHARS, MAX_MESSAGE_TEXT_CHARS, MAX_PAGE_CHARS } from './protocol.ts';

type Check = (value: unknown) => string | null;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

const str = (max: number): Check => (v) =>
  typeof v !== 'string' ? 'not a string' : v.length > max ? `longer than ${max} characters` : null;

const int = (min: number, max: number): Check => (v) =>
  typeof v !== 'number' || !Number.isSafeInteger(v) ? 'not an integer' : v < min || v > max ? `outside ${min}..${max}` : null;

const bool: Check = (v) => (typeof v === 'boolean' ? null : 'not a boolean');

/** An array of whole numbers in min..max, at most `maxItems` of them and `maxSum` in all. */
const lengths = (maxItems: number, maxSum: number): Check => (v) => {
  if (!Array.isArray(v)) return 'not an array';
  if (v.length > maxItems) return `more than ${maxItems} items`;
  let total = 0;
  for (const item of v) {
    if (typeof item !== 'number' || !Number.isSafeInteger(item) || item < 0) return 'an item is not a length';
    total += item;
    if (total > maxSum) return `more than ${maxSum} in all`;
  }
  return null;
};

/** An array of strings, at most `maxItems` of them and `maxChars` characters in all. */
const strings = (maxItems: number, maxChars: number): Check => (v) => {
  if (!Array.isArray(v)) return 'not an array';
  if (v.length > maxItems) return `more than ${maxItems} items`;
  let total = 0;
  for (const item of v) {
    if (typeof item !== 'string') return 'an item is not a string';
    total += item.length;
    if (total > maxChars) return `more than ${maxChars} characters in all`;
  }
  return null;
};

/** An object with exactly these fields (the optional ones may be missing). */
function object(required: Record<string, Check>, optional: Record<string, Check> = {}): Check {
  return (v) => {
    if (!isPlainObject(v)) return 'not a plain object';
    for (const key of Object.keys(v)) {
      if (!Object.hasOwn(required, key) && !Object.hasOwn(optional, key)) return `unexpected field "${key.slice(0, 40)}"`;
    }
    for (const [key, check] of Object.entries(required)) {
      if (!Object.hasOwn(v, key)) return `missing field "${key}"`;
      const problem = check(v[key]);
      if (problem) return `field "${key}": ${problem}`;
    }
    for (const [key, check] of Object.entries(optional)) {
      if (v[key] === undefined) continue;
      const problem = check(v[key]);
      if (problem) return `field "${key}": ${problem}`;
    }
    return null;
  };
}

const empty = object({});
const session = str(100);
const id = int(1, Number.MAX_SAFE_INTEGER);

export const VALIDATORS: { [N in MessageName]: Check } = {
  'content-to-background:check-page': object({
    url: str(8192), title: str(10_000), blocks: strings(100_000, MAX_PAGE_CHARS),
  }, { lead: int(0, 100_000), rest: lengths(100_000, MAX_PAGE_CHARS) }),
  'content-to-background:page-rest': object({ check: id }),
  'content-to-background:page-text': object({ check: id, piece: str(MAX_MESSAGE_TEXT_CHARS) }),
  'content-to-background:page-verdicts': object({ check: id }),
  'ui-to-background:add-tab-article': object({ tabId: int(0, 2 ** 31) }),
  'ui-to-background:corpus-stats': empty,
  'ui-to-background:list-articles': object({ query: str(1000), offset: int(0, 1e9), limit: int(0, 1000) }),
  'ui-to-background:get-article': object({ id }),
  'ui-to-background:delete-article': object({ id }),
  'ui-to-background:import-begin': empty,
  'ui-to-background:import-chunk': object({ session, lines: strings(1_000_000, MAX_IMPORT_CHUNK_CHARS) }),
  'ui-to-background:import-end': object({ session }, { cancel: bool }),
  'ui-to-background:export-begin': empty,
  'ui-to-background:export-next': object({ session, maxBytes: int(1, 64 * 1024 * 1024) }),
  'ui-to-background:reset-to-seeds': empty,
  'ui-to-content:page-report': empty,
  'background-to-content:page-article': empty,
  'background-to-content:corpus-changed': empty,
};

/** Why `payload` is not a valid request for `name`, or null when it is. */
export function requestProblem(name: MessageName, payload: unknown): string | null {
  return Object.hasOwn(VALIDATORS, name) ? VALIDATORS[name](payload) : 'unknown message';
}

export function isValidRequest<N extends MessageName>(name: N, payload: unknown): payload is RequestOf<N> {
  return requestProblem(name, payload) === null;
}
