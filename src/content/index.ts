/**
 * Content script entry: it answers the popup and makes a quick "is this
 * page Arabic?" check. Only when that passes does it read the settings and
 * start the page module (finding the article, highlights, the card). The
 * engine itself never runs in the page: the background analyses the text the
 * page module sends it, so a long article cannot block the page.
 *
 * Everything a run does hangs off one AbortController: switching the site
 * off, a same-document navigation or leaving the page aborts it and the page
 * is put back as it was.
 */
import { browser } from '../platform/browser.ts';
import { serve } from '../platform/messaging.ts';
import type { ContentMessage, PageReport, PageStatus } from '../platform/protocol.ts';
import { getSettings, isSiteDisabled, watchSettings, type Settings } from '../platform/settings.ts';
import { looksArabic } from './arabic-check.ts';
import { yieldToMain } from './page/schedule.ts';
import type { PageSession } from './page/session.ts';

let run: AbortController | null = null;
let session: PageSession | null = null;
let status: PageStatus = 'working';
let settings: Settings | null = null;
let rechecked = false;
const RECHECK_MS = 2500;

const incognito = browser.extension.inIncognitoContext ?? false;

async function emptyReport(): Promise<PageReport> {
  // A page that is not Arabic reads the settings only now, to tell whether the site is off.
  if (status === 'not-arabic') {
    settings ??= await getSettings();
    if (isSiteDisabled(settings, location.hostname)) status = 'off';
  }
  return {
    status, url: location.href, host: location.hostname, title: document.title,
    incognito, claims: [], corpusSize: 0,
  };
}

function stop(): void {
  run?.abort();
  run = null;
  session = null;
}

async function start(): Promise<void> {
  stop();
  const controller = new AbortController();
  run = controller;
  const known = settings;
  if (known && isSiteDisabled(known, location.hostname)) {
    status = 'off';
    return;
  }
  if (!looksArabic(document)) {
    status = 'not-arabic';
    // Pages that fill in their article by script get one more look later.
    if (!rechecked) {
      rechecked = true;
      setTimeout(() => { if (run === controller) void start(); }, RECHECK_MS);
    }
    return;
  }
  // On a page's first run the settings are read while the page is: the
  // background checks them too, so the page is sent to it at once, one
  // storage round trip sooner.
  const reading = known ? null : getSettings();
  status = 'working';
  const { startSession } = await import('./page/session.ts');
  // The article is looked for in a task after the language check's: the
  // two in one held a long Arabic page for 40-60 ms.
  await yieldToMain();
  if (controller.signal.aborted) return;
  const current = startSession({ signal: controller.signal, kinds: known?.kinds ?? null, incognito, onUrlChange: () => void start() });
  session = current;
  if (!reading) return;
  settings = await reading;
  if (controller.signal.aborted) return;
  if (isSiteDisabled(settings, location.hostname)) {
    stop();
    status = 'off';
  } else {
    current.setKinds(settings.kinds);
  }
}

serve<ContentMessage>({
  'ui-to-content:page-report': () => session?.report() ?? emptyReport(),
  'background-to-content:page-article': async () => {
    // Adding works even where Isnad is off or the page is not Arabic.
    const { readPageArticle } = await import('./page/page-article.ts');
    return readPageArticle(document, incognito);
  },
  'background-to-content:corpus-changed': () => {
    session?.corpusChanged();
    return { ok: true as const };
  },
}, (_name, sender) => sender.id === browser.runtime.id);

const lifetime = new AbortController();
watchSettings((next) => {
  const wasOff = settings ? isSiteDisabled(settings, location.hostname) : false;
  settings = next;
  const isOff = isSiteDisabled(next, location.hostname);
  if (isOff !== wasOff || !session) void start();
  else session.setKinds(next.kinds);
}, lifetime.signal);

// Same-document navigations (single-page sites) start over on the new content.
const nav = (globalThis as { navigation?: EventTarget }).navigation;
let lastUrl = location.href;
nav?.addEventListener('navigatesuccess', () => {
  if (location.href !== lastUrl) {
    lastUrl = location.href;
    void start();
  }
});
addEventListener('pageshow', (event) => {
  if ((event as PageTransitionEvent).persisted) void start();
});

/**
 * document_idle can come before the page's own first layout, which a long
 * article makes a task of tens of milliseconds: Isnad starts once the page
 * is idle (or after IDLE_WAIT_MS on a page that never is), so it never
 * delays the page's first paint.
 */
const IDLE_WAIT_MS = 500;
if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void start(), { timeout: IDLE_WAIT_MS });
else setTimeout(() => void start(), 0);
