/**
 * Content script entry. Kept tiny: it answers the popup, reads the settings
 * and makes a quick "is this page Arabic?" check. Only when that passes does
 * it load the page module (finding the article, highlights, the card). The
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
import type { PageSession } from './page/session.ts';

let run: AbortController | null = null;
let session: PageSession | null = null;
let status: PageStatus = 'working';
let settings: Settings | null = null;
let rechecked = false;
const RECHECK_MS = 2500;

const incognito = browser.extension.inIncognitoContext ?? false;

function emptyReport(): PageReport {
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
  // The settings are read, the text sampled and the page module fetched at
  // the same time: each waits on something else (storage, the DOM, a file).
  const reading = settings ? null : getSettings();
  const arabic = looksArabic(document);
  const loading = arabic ? import('./page/session.ts') : null;
  loading?.catch(() => {});
  settings ??= await reading!;
  if (controller.signal.aborted) return;
  if (isSiteDisabled(settings, location.hostname)) {
    status = 'off';
    return;
  }
  if (!loading) {
    status = 'not-arabic';
    // Pages that fill in their article by script get one more look later.
    if (!rechecked) {
      rechecked = true;
      setTimeout(() => { if (run === controller) void start(); }, RECHECK_MS);
    }
    return;
  }
  status = 'working';
  const { startSession } = await loading;
  if (controller.signal.aborted) return;
  session = startSession({ signal: controller.signal, kinds: settings.kinds, incognito, onUrlChange: () => void start() });
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

void start();
