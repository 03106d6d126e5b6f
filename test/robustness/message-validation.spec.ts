/**
 * The background (and the content script) answer only Isnad's own senders,
 * and only requests of the right shape: every malformed payload below is
 * refused before a handler runs (issue 6, security).
 */
import { describe, expect, it, vi } from 'vitest';
import type { MessageName } from '../../src/platform/protocol.ts';
import { add, zero } from './harness/counters.ts';

type Listener = (message: unknown, sender: unknown) => Promise<{ ok: boolean; error?: { name: string; message: string } }> | undefined;
const listeners: Listener[] = [];
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'isnad-id',
      getURL: (p: string) => `chrome-extension://isnad-id${p}`,
      onMessage: { addListener: (l: Listener) => listeners.push(l), removeListener: () => {} },
    },
  },
}));
const { VALIDATORS, requestProblem } = await import('../../src/platform/validate.ts');
const { serve, isOwnContentScript, isOwnPage } = await import('../../src/platform/messaging.ts');
const { MAX_PAGE_CHARS } = await import('../../src/platform/protocol.ts');

/** A request of the right shape for each message, as Isnad's own code sends it. */
const GOOD: { [N in MessageName]: unknown } = {
  'content-to-background:check-page': { url: 'https://www.aljazeera.net/news/2024/8/12', title: 'ارتفاع حصيلة ضحايا السيول في السودان', blocks: ['أعلنت وزارة الداخلية ارتفاع الحصيلة إلى 112 قتيلا.', 'وأضافت أن 300 منزل تضررت.'], lead: 1, rest: [31, 0, 12] },
  'content-to-background:page-rest': { check: 4817 },
  'content-to-background:page-text': { check: 4817, piece: 'وقال الدفاع المدني إن 45 آخرين ما زالوا مفقودين.' },
  'content-to-background:page-verdicts': { check: 4817 },
  'ui-to-background:add-tab-article': { tabId: 4 },
  'ui-to-background:corpus-stats': {},
  'ui-to-background:list-articles': { query: 'السودان', offset: 0, limit: 20 },
  'ui-to-background:get-article': { id: 3 },
  'ui-to-background:delete-article': { id: 3 },
  'ui-to-background:import-begin': {},
  'ui-to-background:import-chunk': { session: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', lines: ['{"v":1,"text":"خبر"}', ''] },
  'ui-to-background:import-end': { session: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', cancel: true },
  'ui-to-background:export-begin': {},
  'ui-to-background:export-next': { session: '1b4e28ba-2fa1-11d2-883f-0016d3cca427', maxBytes: 4 * 1024 * 1024 },
  'ui-to-background:reset-to-seeds': {},
  'ui-to-content:page-report': {},
  'background-to-content:page-article': {},
  'background-to-content:corpus-changed': {},
};

/** Payloads that are wrong for any message. */
const ANY_BAD: unknown[] = [
  null, undefined, 0, 42, -1, NaN, 'عاجل', '', true, [], [{}], () => 0, new Date(0), new Map(), Object.create({ polluted: 1 }),
  JSON.parse('{"__proto__": {"polluted": true}}'), { constructor: { prototype: { polluted: true } } }, { extra: 1 },
  Object.assign(Object.create(null), { x: 1 }),
];

/** Field values that are wrong for a field of the given kind. */
const BAD_FIELD: Record<string, unknown[]> = {
  string: [null, 1, [], {}, true, 'x'.repeat(10_001_000)],
  integer: [null, '3', 1.5, -1, NaN, Infinity, -Infinity, 2 ** 60, {}, [], true],
  strings: [null, 'line', [1], [null], [{}], ['x'.repeat(MAX_PAGE_CHARS), 'x'.repeat(2 * 1024 * 1024)], { length: 1, 0: 'x' }],
  boolean: ['true', 1, null, {}],
  lengths: [null, 3, ['3'], [-1], [1.5], [NaN], [null], [MAX_PAGE_CHARS, 1], { length: 1, 0: 2 }],
};

const FIELD_KINDS: Partial<Record<MessageName, Record<string, string>>> = {
  'content-to-background:check-page': { url: 'string', title: 'string', blocks: 'strings', lead: 'integer', rest: 'lengths' },
  'content-to-background:page-rest': { check: 'integer' },
  'content-to-background:page-text': { check: 'integer', piece: 'string' },
  'content-to-background:page-verdicts': { check: 'integer' },
  'ui-to-background:add-tab-article': { tabId: 'integer' },
  'ui-to-background:list-articles': { query: 'string', offset: 'integer', limit: 'integer' },
  'ui-to-background:get-article': { id: 'integer' },
  'ui-to-background:delete-article': { id: 'integer' },
  'ui-to-background:import-chunk': { session: 'string', lines: 'strings' },
  'ui-to-background:import-end': { session: 'string', cancel: 'boolean' },
  'ui-to-background:export-next': { session: 'string', maxBytes: 'integer' },
};

/** Fields a request may leave out. */
const OPTIONAL_FIELDS: Partial<Record<MessageName, string[]>> = {
  'content-to-background:check-page': ['lead', 'rest'],
  'ui-to-background:import-end': ['cancel'],
};

function badRequests(name: MessageName): { label: string; payload: unknown }[] {
  const out = ANY_BAD.map((payload, i) => ({ label: `any-bad ${i}`, payload }));
  const good = GOOD[name] as Record<string, unknown>;
  for (const [field, kind] of Object.entries(FIELD_KINDS[name] ?? {})) {
    for (const [i, value] of BAD_FIELD[kind].entries()) out.push({ label: `${field} bad ${i}`, payload: { ...good, [field]: value } });
    if (!OPTIONAL_FIELDS[name]?.includes(field)) {
      const { [field]: _dropped, ...rest } = good;
      out.push({ label: `${field} missing`, payload: rest });
    }
  }
  if (Object.keys(good).length) out.push({ label: 'extra field', payload: { ...good, admin: true } });
  return out;
}

describe('request shapes', () => {
  zero('messages.accepted');
  const names = Object.keys(VALIDATORS) as MessageName[];

  it('every message of the protocol has a validator, and Isnad\'s own requests pass it', () => {
    expect(names.sort()).toEqual(Object.keys(GOOD).sort());
    for (const name of names) expect(requestProblem(name, GOOD[name]), name).toBeNull();
  });

  it.each(names)('%s: malformed payloads are refused', (name) => {
    const accepted: string[] = [];
    const cases = badRequests(name);
    for (const c of cases) if (requestProblem(name, c.payload) === null) accepted.push(c.label);
    add('messages.tried', cases.length);
    add('messages.accepted', accepted.length);
    expect(accepted).toEqual([]);
  });

  it('refuses page text over the limit, so a message stays a few megabytes', () => {
    const blocks = Array.from({ length: 3 }, () => 'ا'.repeat(MAX_PAGE_CHARS / 2));
    expect(requestProblem('content-to-background:check-page', { url: '', title: '', blocks })).toMatch(/characters in all/);
    expect(requestProblem('content-to-background:check-page', { url: '', title: '', blocks: blocks.slice(0, 2) })).toBeNull();
  });

  it('names an unknown message as such', () => {
    expect(requestProblem('ui-to-background:drop-database' as MessageName, {})).toBe('unknown message');
    expect(requestProblem('__proto__' as MessageName, {})).toBe('unknown message');
  });
});

describe('the listener', () => {
  const calls: unknown[] = [];
  serve({
    'ui-to-background:corpus-stats': (p: unknown) => { calls.push(p); return { articles: 1 } as never; },
    'content-to-background:check-page': (p: unknown) => { calls.push(p); return { text: '', claims: [], corpusSize: 0 }; },
  } as never, (name, sender) => (name.startsWith('ui-') ? isOwnPage(sender as never) : isOwnContentScript(sender as never)));
  const listen = listeners[listeners.length - 1];
  const page = { id: 'isnad-id', url: 'chrome-extension://isnad-id/src/options/index.html' };
  const content = { id: 'isnad-id', url: 'https://www.alarabiya.net/x', tab: { id: 3 } };

  const senders: [string, unknown][] = [
    ['another extension', { id: 'evil-id', url: 'chrome-extension://evil-id/bg.js' }],
    ['another extension naming our page', { id: 'evil-id', url: 'chrome-extension://isnad-id/src/options/index.html' }],
    ['a web page (no id)', { url: 'https://evil.example/', tab: { id: 3 } }],
    ['our content script asking a UI message', content],
    ['a content script on a file: page', { ...content, url: 'file:///etc/passwd' }],
    ['a content script on a data: page', { ...content, url: 'data:text/html,<b>x</b>' }],
    ['a sender without a URL', { id: 'isnad-id' }],
  ];

  it.each(senders)('refuses %s, and never calls the handler', async (_label, sender) => {
    const before = calls.length;
    const answers = await Promise.all([
      listen({ isnad: 'ui-to-background:corpus-stats', payload: {} }, sender),
      ...(sender === content ? [] : [listen({ isnad: 'content-to-background:check-page', payload: GOOD['content-to-background:check-page'] }, sender)]),
    ]);
    add('messages.tried', answers.length);
    add('messages.accepted', answers.filter((a) => a?.ok).length);
    for (const a of answers) expect(a).toMatchObject({ ok: false, error: { name: 'InvalidRequest' } });
    expect(calls.length).toBe(before);
  });

  it('refuses malformed payloads from Isnad\'s own pages before the handler runs', async () => {
    const before = calls.length;
    for (const payload of [null, { evil: true }, [], 'x']) {
      const answer = await listen({ isnad: 'ui-to-background:corpus-stats', payload }, page);
      add('messages.tried');
      if (answer?.ok) add('messages.accepted');
      expect(answer).toMatchObject({ ok: false, error: { name: 'InvalidRequest' } });
    }
    expect(calls.length).toBe(before);
  });

  it('leaves messages that are not Isnad\'s (or not handled here) to other listeners', () => {
    for (const message of [null, 'hello', { type: 'ping' }, { isnad: 5 }, { isnad: '__proto__', payload: {} }, { isnad: 'constructor' }, { isnad: 'ui-to-background:reset-to-seeds', payload: {} }]) {
      expect(listen(message, page)).toBeUndefined();
    }
  });

  it('answers good requests from the right senders', async () => {
    expect(await listen({ isnad: 'ui-to-background:corpus-stats', payload: {} }, page)).toEqual({ ok: true, value: { articles: 1 } });
    expect(await listen({ isnad: 'content-to-background:check-page', payload: GOOD['content-to-background:check-page'] }, content)).toMatchObject({ ok: true });
  });
});
