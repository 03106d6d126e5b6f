// @vitest-environment happy-dom
/**
 * The content script's two-step page check with the background faked: the
 * claims are highlighted as soon as the first answer comes ('pending'), and
 * the verdicts then change those very marks in place.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageCheck, PageText, PageVerdicts } from '../../src/platform/protocol.ts';

const bg = vi.hoisted(() => ({
  asked: [] as { name: string; payload: unknown }[],
  check: null as ((req: PageText) => Promise<PageCheck>) | null,
  verdicts: null as ((req: { check: number }) => Promise<PageVerdicts>) | null,
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { id: 'isnad-id', getURL: (p: string) => `chrome-extension://isnad-id${p}` },
    i18n: { getMessage: (key: string) => key },
  },
}));
vi.mock('../../src/platform/messaging.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/platform/messaging.ts')>();
  return {
    ...real,
    askBackground: (name: string, payload: never) => {
      bg.asked.push({ name, payload });
      return name === 'content-to-background:check-page' ? bg.check!(payload) : bg.verdicts!(payload);
    },
  };
});

const { startSession } = await import('../../src/content/page/session.ts');
const { analyzeBlocks } = await import('../../src/engine/index.ts');
const { pendingClaims } = await import('../../src/background/page-claims.ts');
const { IsnadMessageError } = await import('../../src/platform/messaging.ts');

const TITLE = 'ارتفاع حصيلة ضحايا الفيضانات في السودان';
const PARAGRAPHS = [
  'أعلنت وزارة الداخلية السودانية ارتفاع حصيلة ضحايا الفيضانات إلى 121 قتيلا و2059 مصابا في ولاية سنار.',
  'وقال وزير الداخلية إن السيول دمرت أكثر من 3000 منزل، فيما حصلت الحكومة على قرض بقيمة 2.5 مليار دولار.',
];

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => { resolve = res; reject = rej; });
  return { promise, resolve, reject };
}

/** A background that analyses like the real one and answers the verdicts when told. */
function fakeBackground() {
  let next = 40;
  const pendingVerdicts: { check: number; answer: ReturnType<typeof deferred<PageVerdicts>> }[] = [];
  bg.asked = [];
  bg.check = async (req) => {
    const analysis = analyzeBlocks(req.blocks, req.title);
    return { check: ++next, text: analysis.text, claims: pendingClaims(analysis) };
  };
  bg.verdicts = ({ check }) => {
    const answer = deferred<PageVerdicts>();
    pendingVerdicts.push({ check, answer });
    return answer.promise;
  };
  return pendingVerdicts;
}

const marks = () => [...document.querySelectorAll<HTMLElement>('isnad-mark')];
const markOf = (needle: string) => marks().find((m) => m.textContent!.includes(needle))!;
const asked = (name: string) => bg.asked.filter((a) => a.name === `content-to-background:${name}`).length;
const settle = () => new Promise((r) => setTimeout(r, 30));
async function until(what: string, ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await settle();
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
}

let stop: AbortController | null = null;
function open(kinds = ['number', 'person', 'place', 'organization', 'quote'] as never[]) {
  document.body.innerHTML = `<article><h1>${TITLE}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`; // fixture markup
  stop = new AbortController();
  return startSession({ signal: stop.signal, kinds, incognito: false });
}

/** The verdicts the real background would send: the toll conflicts, the loan agrees. */
function verdictsFor(session: ReturnType<typeof open>, check: number): PageVerdicts {
  const claims = session.report().claims;
  const id = (needle: string) => claims.find((c) => c.report.claim.text.includes(needle))!.id;
  const match = (verdict: 'agrees' | 'conflicts', text: string) => ({
    verdict, score: 0.8, text, statement: `قالت الوزارة إن ${text}`,
    article: { id: 3, title: 'الفيضانات', outlet: 'النهار', url: 'https://alnahar.example/floods' },
  });
  return {
    check, corpusSize: 3,
    verdicts: [
      { id: id('121'), verdict: 'conflicts', matches: [match('conflicts', '112 قتيلا')], sources: 1 },
      { id: id('2.5'), verdict: 'agrees', matches: [match('agrees', '2.5 مليار دولار')], sources: 1 },
    ],
  };
}

afterEach(() => {
  stop?.abort();
  stop = null;
});

describe('a page session', () => {
  it('highlights every claim as pending at once, then sets each verdict on the same marks', async () => {
    const waiting = fakeBackground();
    const session = open();
    await until('pending highlights', () => marks().length > 0 && waiting.length === 1);
    expect(marks().every((m) => m.dataset.isnadVerdict === 'pending')).toBe(true);
    expect(markOf('121').getAttribute('aria-description')).toBe('kindNumber: verdictPending');
    expect(session.report().status).toBe('working');
    expect(session.report().claims.every((c) => c.verdict === 'pending' && c.report.matches.length === 0)).toBe(true);
    // The sources were asked for along with the highlights, for the check just answered.
    expect(waiting[0].check).toBe(41);

    const before = marks();
    const removed: Node[] = [];
    const added: Node[] = [];
    new MutationObserver((records) => {
      for (const r of records) {
        removed.push(...r.removedNodes);
        added.push(...r.addedNodes);
      }
    }).observe(document.body, { childList: true, subtree: true });
    waiting[0].answer.resolve(verdictsFor(session, 41));
    await until('the verdicts', () => session.report().status === 'ready');

    expect(marks()).toEqual(before);
    expect(removed.length + added.length).toBe(0);
    expect(markOf('121').dataset.isnadVerdict).toBe('conflicts');
    expect(markOf('121').getAttribute('aria-description')).toBe('kindNumber: verdictConflicts');
    expect(markOf('2.5').dataset.isnadVerdict).toBe('agrees');
    expect(markOf('2059').dataset.isnadVerdict).toBe('none');
    expect(marks().some((m) => m.dataset.isnadVerdict === 'pending')).toBe(false);
    const toll = session.report().claims.find((c) => c.report.claim.text.includes('121'))!;
    expect(toll.report.matches[0].article.outlet).toBe('النهار');
    expect(session.report().corpusSize).toBe(3);
    expect(asked('check-page')).toBe(1);
  });

  it('after a corpus change asks only for new verdicts, and changes the marks in place', async () => {
    const waiting = fakeBackground();
    const session = open();
    await until('pending highlights', () => waiting.length === 1);
    waiting[0].answer.resolve(verdictsFor(session, 41));
    await until('the verdicts', () => session.report().status === 'ready');
    const before = marks();

    session.corpusChanged();
    await until('a second verdict request', () => waiting.length === 2);
    expect(waiting[1].check).toBe(41);
    expect(session.report().status).toBe('working');
    waiting[1].answer.resolve({ check: 41, corpusSize: 4, verdicts: [] });
    await until('the new verdicts', () => session.report().status === 'ready');
    expect(marks()).toEqual(before);
    expect(markOf('121').dataset.isnadVerdict).toBe('none');
    expect(asked('check-page')).toBe(1);
  });

  it('checks the page again when the background lost the check', async () => {
    const waiting = fakeBackground();
    const session = open();
    await until('pending highlights', () => waiting.length === 1);
    waiting[0].answer.reject(new IsnadMessageError('the page check has expired', 'PageCheckExpired', 'content-to-background:page-verdicts'));
    await until('a second check', () => waiting.length === 2);
    expect(asked('check-page')).toBe(2);
    expect(waiting[1].check).toBe(42);
    waiting[1].answer.resolve(verdictsFor(session, 42));
    await until('the verdicts', () => session.report().status === 'ready');
    expect(markOf('121').dataset.isnadVerdict).toBe('conflicts');
  });

  it('leaves claims without sources, and says why, when the lookup fails', async () => {
    const waiting = fakeBackground();
    const session = open();
    await until('pending highlights', () => waiting.length === 1);
    waiting[0].answer.reject(new IsnadMessageError('the disk space for the corpus is full', 'StorageFull', 'content-to-background:page-verdicts'));
    await until('the end of the wait', () => session.report().status === 'ready');
    expect(marks().every((m) => m.dataset.isnadVerdict === 'none')).toBe(true);
    expect(session.report().corpusError).toBe('the disk space for the corpus is full');
  });

  it('drops verdicts for text the page has replaced meanwhile', async () => {
    const waiting = fakeBackground();
    const session = open();
    await until('pending highlights', () => waiting.length === 1);
    const old = verdictsFor(session, 41);
    // The page rewrites its first paragraph: its claims and their ids change.
    document.querySelector('article p')!.textContent = 'وأعلنت السلطات في وقت لاحق وفاة 7 أشخاص آخرين جراء انهيار مبنى في الخرطوم.';
    await until('the new check', () => waiting.length === 2);
    waiting[0].answer.resolve(old);
    await settle();
    expect(marks().every((m) => m.dataset.isnadVerdict === 'pending')).toBe(true);
    expect(markOf('7 أشخاص')).toBeDefined();
    waiting[1].answer.resolve({ check: 42, corpusSize: 3, verdicts: [] });
    await until('the verdicts', () => session.report().status === 'ready');
    expect(marks().every((m) => m.dataset.isnadVerdict === 'none')).toBe(true);
  });

  it('keeps the chosen claim kinds while verdicts are pending and after they come', async () => {
    const waiting = fakeBackground();
    const session = open();
    await until('pending highlights', () => waiting.length === 1);
    expect(marks().some((m) => m.dataset.isnadKind !== 'number')).toBe(true);
    session.setKinds(['number']);
    await until('names to go', () => marks().every((m) => m.dataset.isnadKind === 'number'));
    waiting[0].answer.resolve(verdictsFor(session, 41));
    await until('the verdicts', () => session.report().status === 'ready');
    expect(marks().every((m) => m.dataset.isnadKind === 'number')).toBe(true);
    expect(markOf('121').dataset.isnadVerdict).toBe('conflicts');
    session.setKinds(['number', 'place']);
    await until('places to come back', () => marks().some((m) => m.dataset.isnadKind === 'place'));
    expect(markOf('121').dataset.isnadVerdict).toBe('conflicts');
  });
});
