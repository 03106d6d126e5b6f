// @vitest-environment happy-dom
/**
 * The content script's page check against the background's own check-page
 * and page-rest handlers, with the sources faked: the claims are
 * highlighted as soon as the first answer comes ('pending'), a long page's
 * lead before the rest, and the verdicts then change those very marks in
 * place.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageCheck, PageRest, PageText, PageVerdicts } from '../../src/platform/protocol.ts';

const bg = vi.hoisted(() => ({
  asked: [] as { name: string; payload: unknown }[],
  check: null as ((req: PageText) => Promise<PageCheck>) | null,
  rest: null as ((req: { check: number }) => Promise<PageRest>) | null,
  verdicts: null as ((req: { check: number }) => Promise<PageVerdicts>) | null,
}));

vi.mock('webextension-polyfill', async () => {
  const { fakeStorage } = await import('./fake-storage.ts');
  return {
    default: {
      runtime: { id: 'isnad-id', getURL: (p: string) => `chrome-extension://isnad-id${p}` },
      i18n: { getMessage: (key: string) => key },
      storage: fakeStorage(),
    },
  };
});
vi.mock('../../src/platform/messaging.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/platform/messaging.ts')>();
  return {
    ...real,
    askBackground: (name: string, payload: never) => {
      bg.asked.push({ name, payload });
      if (name === 'content-to-background:check-page') return bg.check!(payload);
      if (name === 'content-to-background:page-rest') return bg.rest!(payload);
      return bg.verdicts!(payload);
    },
  };
});
// The sources are faked: the handlers under test never open the corpus.
vi.mock('../../src/background/corpus-access.ts', () => ({ corpus: () => Promise.reject(new Error('no corpus in this test')) }));

const { startSession } = await import('../../src/content/page/session.ts');
const { pageHandlers } = await import('../../src/background/page-handlers.ts');
const { IsnadMessageError } = await import('../../src/platform/messaging.ts');
const { LEAD_MAX_CHARS } = await import('../../src/content/page/first-screen.ts');

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

const sender = { id: 'isnad-id', url: 'https://alsabah.example/floods', tab: { id: 4, incognito: false } as never, frameId: 0 };
/** Ids of the checks the background gave, in order. */
let checks: number[] = [];

/**
 * The background's own analysis (check-page, page-rest); the rest of a long
 * page is answered when the test says, when `holdRest` is set, and the
 * verdicts always when the test says.
 */
function fakeBackground({ holdRest = false } = {}) {
  const pendingVerdicts: { check: number; answer: ReturnType<typeof deferred<PageVerdicts>> }[] = [];
  const pendingRests: (() => void)[] = [];
  bg.asked = [];
  checks = [];
  bg.check = async (req) => {
    // Errors cross the message boundary by name, as messaging.ts carries them.
    const answer = await Promise.resolve().then(() => pageHandlers['content-to-background:check-page'](req, sender)).catch((e: Error) => {
      throw new IsnadMessageError(e.message, e.name, 'content-to-background:check-page');
    });
    checks.push(answer.check);
    return answer;
  };
  bg.rest = async (req) => {
    if (holdRest) await new Promise<void>((resolve) => pendingRests.push(resolve));
    return pageHandlers['content-to-background:page-rest'](req, sender);
  };
  bg.verdicts = ({ check }) => {
    const answer = deferred<PageVerdicts>();
    pendingVerdicts.push({ check, answer });
    return answer.promise;
  };
  return Object.assign(pendingVerdicts, { rests: pendingRests });
}

const marks = () => [...document.querySelectorAll<HTMLElement>('isnad-mark')];
/** Every claim of the session has its mark (claims are wrapped a block at a time, between yields). */
const allMarked = (session: { report(): { claims: { id: number }[] } }) => {
  const marked = new Set(marks().map((m) => Number(m.dataset.isnadClaim)));
  const { claims } = session.report();
  return claims.length > 0 && claims.every((c) => marked.has(c.id));
};
const markOf = (needle: string) => marks().find((m) => m.textContent!.includes(needle))!;
const asked = (name: string) => bg.asked.filter((a) => a.name === `content-to-background:${name}`).length;
const settle = () => new Promise((r) => setTimeout(r, 30));
async function until(what: string, ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await settle();
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
}

/** Paragraphs stand 60 px apart below a 100 px header, as a laid-out page would place them. */
const PARAGRAPH_STEP = 60;
function layOut(): void {
  document.querySelectorAll('article p').forEach((p, i) => {
    const top = 100 + i * PARAGRAPH_STEP;
    p.getBoundingClientRect = () => ({ top, bottom: top + 50, left: 0, right: 800, width: 800, height: 50, x: 0, y: top, toJSON: () => ({}) });
  });
}

let stop: AbortController | null = null;
function open(kinds = ['number', 'person', 'place', 'organization', 'quote'] as never[], title = TITLE, paragraphs = PARAGRAPHS) {
  document.body.innerHTML = `<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`; // fixture markup
  layOut();
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

/** A page far longer than its lead: a flood report, then the ministry's toll and loan in the last paragraphs. */
const LONG = [
  ...Array.from({ length: 60 }, (_, i) => `وقالت السلطات في المنطقة إن الفيضانات دمرت ${100 + i} منزلا وأتلفت ${20 + i} ألف فدان من الأراضي الزراعية.`),
  ...PARAGRAPHS,
];
const paragraphOf = (m: Element) => [...document.querySelectorAll('article p')].indexOf(m.closest('p')!);

describe('a page session', () => {
  it('highlights every claim as pending at once, then sets each verdict on the same marks', async () => {
    const waiting = fakeBackground();
    const session = open();
    await until('pending highlights', () => allMarked(session) && waiting.length === 1);
    expect(marks().every((m) => m.dataset.isnadVerdict === 'pending')).toBe(true);
    expect(markOf('121').getAttribute('aria-description')).toBe('kindNumber: verdictPending');
    expect(session.report().status).toBe('working');
    expect(session.report().claims.every((c) => c.verdict === 'pending' && c.report.matches.length === 0)).toBe(true);
    // The sources were asked for along with the highlights, for the check just answered.
    expect(waiting[0].check).toBe(checks[0]);

    const before = marks();
    const removed: Node[] = [];
    const added: Node[] = [];
    new MutationObserver((records) => {
      for (const r of records) {
        removed.push(...r.removedNodes);
        added.push(...r.addedNodes);
      }
    }).observe(document.body, { childList: true, subtree: true });
    waiting[0].answer.resolve(verdictsFor(session, checks[0]));
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
    waiting[0].answer.resolve(verdictsFor(session, checks[0]));
    await until('the verdicts', () => session.report().status === 'ready');
    const before = marks();

    session.corpusChanged();
    await until('a second verdict request', () => waiting.length === 2);
    expect(waiting[1].check).toBe(checks[0]);
    expect(session.report().status).toBe('working');
    waiting[1].answer.resolve({ check: checks[0], corpusSize: 4, verdicts: [] });
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
    expect(waiting[1].check).toBe(checks[1]);
    waiting[1].answer.resolve(verdictsFor(session, checks[1]));
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
    const old = verdictsFor(session, checks[0]);
    // The page rewrites its first paragraph: its claims and their ids change.
    document.querySelector('article p')!.textContent = 'وأعلنت السلطات في وقت لاحق وفاة 7 أشخاص آخرين جراء انهيار مبنى في الخرطوم.';
    await until('the new check', () => waiting.length === 2);
    waiting[0].answer.resolve(old);
    await settle();
    expect(marks().every((m) => m.dataset.isnadVerdict === 'pending')).toBe(true);
    expect(markOf('7 أشخاص')).toBeDefined();
    waiting[1].answer.resolve({ check: checks[1], corpusSize: 3, verdicts: [] });
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
    waiting[0].answer.resolve(verdictsFor(session, checks[0]));
    await until('the verdicts', () => session.report().status === 'ready');
    expect(marks().every((m) => m.dataset.isnadKind === 'number')).toBe(true);
    expect(markOf('121').dataset.isnadVerdict).toBe('conflicts');
    session.setKinds(['number', 'place']);
    await until('places to come back', () => marks().some((m) => m.dataset.isnadKind === 'place'));
    expect(markOf('121').dataset.isnadVerdict).toBe('conflicts');
  });

  it('highlights a long page\'s lead first, then adds the rest without touching the lead\'s marks', async () => {
    expect(LONG.join('').length).toBeGreaterThan(LEAD_MAX_CHARS);
    const waiting = fakeBackground({ holdRest: true });
    const session = open(undefined, TITLE, LONG);
    await until('the lead highlighted', () => marks().length > 0 && waiting.rests.length === 1);
    const request = bg.asked.find((a) => a.name === 'content-to-background:check-page')!.payload as PageText;
    expect(request.blocks).toHaveLength(LONG.length);
    // The lead is what the window shows: the paragraphs that start above its bottom.
    expect(request.lead).toBe(Math.ceil((innerHeight - 100) / PARAGRAPH_STEP));
    // The sources were asked for at once too: they cover the whole page.
    expect(waiting).toHaveLength(1);
    const lead = marks();
    expect(lead.every((m) => paragraphOf(m) < request.lead!)).toBe(true);
    expect(session.report().status).toBe('working');

    const removed: Node[] = [];
    new MutationObserver((records) => {
      for (const r of records) removed.push(...[...r.removedNodes].filter((n) => n.nodeName === 'ISNAD-MARK'));
    }).observe(document.body, { childList: true, subtree: true });
    waiting.rests[0]();
    await until('the rest highlighted', () => marks().some((m) => paragraphOf(m) === LONG.length - 1));
    expect(removed).toEqual([]);
    expect(lead.every((m) => m.isConnected)).toBe(true);
    expect(marks().filter((m) => lead.includes(m))).toEqual(lead);
    // Every mark names the claim it shows.
    const byId = new Map(session.report().claims.map((c) => [c.id, c]));
    for (const m of marks()) expect(m.textContent).toBe(byId.get(Number(m.dataset.isnadClaim))!.report.claim.text);

    waiting[0].answer.resolve(verdictsFor(session, checks[0]));
    await until('the verdicts', () => session.report().status === 'ready');
    expect(markOf('121').dataset.isnadVerdict).toBe('conflicts');
    expect(marks().some((m) => m.dataset.isnadVerdict === 'pending')).toBe(false);
    expect(asked('check-page')).toBe(1);
    expect(asked('page-rest')).toBe(1);
  });

  it('highlights again from the whole page when it reads a lead claim differently', async () => {
    // The headline's surname is a person only once the full name comes, far below the lead.
    const title = 'بلاتيني يرد على اتهامات الفساد';
    const paragraphs = [...LONG, 'وقال رئيس الاتحاد الأوروبي لكرة القدم ميشيل بلاتيني إن الاتهامات باطلة.'];
    const waiting = fakeBackground({ holdRest: true });
    const session = open(undefined, title, paragraphs);
    await until('the lead highlighted', () => marks().length > 0 && waiting.rests.length === 1);
    expect(marks().some((m) => m.closest('h1'))).toBe(false);
    waiting.rests[0]();
    await until('the headline\'s name', () => marks().some((m) => m.closest('h1')));
    const name = marks().find((m) => m.closest('h1'))!;
    expect(name.textContent).toBe('بلاتيني');
    expect(name.dataset.isnadKind).toBe('person');
    const byId = new Map(session.report().claims.map((c) => [c.id, c]));
    for (const m of marks()) expect(m.textContent).toBe(byId.get(Number(m.dataset.isnadClaim))!.report.claim.text);
    expect(document.querySelector('article')!.textContent).toBe(`${title}${paragraphs.join('')}`);
    waiting[0].answer.resolve({ check: checks[0], corpusSize: 3, verdicts: [] });
    await until('the verdicts', () => session.report().status === 'ready');
    expect(marks().every((m) => m.dataset.isnadVerdict === 'none')).toBe(true);
  });

  it('asks for new verdicts after a corpus change only once the rest of the page is in', async () => {
    const waiting = fakeBackground({ holdRest: true });
    const session = open(undefined, TITLE, LONG);
    await until('the lead highlighted', () => marks().length > 0 && waiting.rests.length === 1);
    session.corpusChanged();
    await settle();
    expect(waiting).toHaveLength(1);
    waiting.rests[0]();
    await until('a second verdict request', () => waiting.length === 2);
    waiting[1].answer.resolve(verdictsFor(session, checks[0]));
    await until('the verdicts', () => session.report().status === 'ready');
    expect(markOf('121').dataset.isnadVerdict).toBe('conflicts');
    expect(marks().some((m) => m.dataset.isnadVerdict === 'pending')).toBe(false);
  });

  it('highlights the kinds the background says the reader chose while the page has not read its settings', async () => {
    const { updateSettings } = await import('../../src/platform/settings.ts');
    await updateSettings((x) => ({ ...x, kinds: ['number'] }));
    try {
      const waiting = fakeBackground();
      open(null as never);
      await until('pending highlights', () => marks().length > 0 && waiting.length === 1);
      expect(marks().every((m) => m.dataset.isnadKind === 'number')).toBe(true);
    } finally {
      await updateSettings((x) => ({ ...x, kinds: ['number', 'person', 'place', 'organization', 'quote'] }));
    }
  });

  it('shows nothing, and says Isnad is off, when the background finds the site switched off', async () => {
    const { updateSettings } = await import('../../src/platform/settings.ts');
    await updateSettings((x) => ({ ...x, disabledSites: ['alsabah.example'] }));
    try {
      fakeBackground();
      const session = open(null as never);
      await until('the answer', () => session.report().status !== 'working');
      expect(session.report().status).toBe('off');
      expect(marks()).toEqual([]);
      expect(asked('page-verdicts')).toBe(0);
    } finally {
      await updateSettings((x) => ({ ...x, disabledSites: [] }));
    }
  });
});
