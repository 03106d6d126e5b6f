/**
 * The robustness suite's web server on localhost:
 *
 *   /hostile/<twist>.html   seed 002 as a news page, with a fragment from
 *                           test/fixtures/hostile/<twist>.html in its head
 *   /hostile/plain.html     the same page without a twist (the baseline)
 *   /hostile/strict-csp.html  the page under a strict Content-Security-Policy header
 *   /heavy/nodes.html       the article inside 50,000 other nodes
 *   /heavy/growing.html?s=10  100 paragraphs added every second for s seconds
 *   /edge/text.html         text edge cases (bidi, joiners, NFD, Persian, surrogates, emoji)
 *   /edge/megabyte.html     one paragraph of a megabyte
 *   /payload/<n>.html       page n of the payload stories (see payload-corpus.ts)
 *   /unique/<n>.html        seed 002 with a paragraph of its own: a new article for each n
 *   /canary/<id>/<kind>     counts a hit: a payload was parsed as markup somewhere
 *
 * Every page sends a long-task recorder in its head.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { articleFromFile, articlePage, LONG_TASK_RECORDER as RECORDER, type Article } from '../../../scripts/fixture-server.ts';
import { canaryId } from '../payloads.ts';
import type { PayloadStory } from '../payload-corpus.ts';
import { ROOT } from './paths.ts';

const TWISTS = join(ROOT, 'test', 'fixtures', 'hostile');
export const SEED_002 = join(ROOT, 'seeds', '002_29cc5db1466c1fe5.txt');

export interface CanaryHit {
  id: string;
  kind: string;
  referer: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function seedArticle(): Article {
  return articleFromFile(SEED_002, 'وكالة الأنباء', '2020-07-09T10:00:00Z');
}

function withHead(html: string, head: string): string {
  return html.replace('</head>', `${RECORDER}\n${head}\n</head>`);
}

/** The article inside 50,000 other elements: menus, a comment thread, a huge table. */
function nodesPage(): string {
  const a = seedArticle();
  const cells = Array.from({ length: 250 }, (_, r) => `<tr>${Array.from({ length: 40 }, (_, c) => `<td><span>${r * 40 + c}</span></td>`).join('')}</tr>`).join('');
  const comments = Array.from({ length: 4000 }, (_, i) => `<div class="comment"><b>قارئ ${i}</b><span> يقول إن العدد ${i} صحيح</span></div>`).join('');
  const page = articlePage(a).replace('</article>', `</article><section class="comments">${comments}</section><aside class="sidebar"><table>${cells}</table></aside>`);
  return withHead(page, '');
}

/** A live blog: the article grows by 100 paragraphs a second for `seconds`. */
function growingPage(seconds: number): string {
  const a = seedArticle();
  const script = `<script>
    window.__grown = 0;
    window.__growDone = false;
    document.addEventListener('DOMContentLoaded', () => {
      const article = document.querySelector('article');
      const started = performance.now();
      const timer = setInterval(() => {
        for (let i = 0; i < 10; i++) {
          const n = ++window.__grown;
          const p = document.createElement('p');
          p.textContent = 'تحديث ' + n + ': أعلن الدفاع المدني إنقاذ ' + (100 + n) + ' شخصا من المناطق المنكوبة خلال الساعة الماضية.';
          article.append(p);
        }
        if (performance.now() - started >= ${seconds * 1000}) { clearInterval(timer); window.__growDone = true; }
      }, 100);
    });
  </script>`;
  return withHead(articlePage(a), script);
}

/** Paragraphs with the text edge cases, each carrying figures a reader sees. */
export const EDGE_PARAGRAPHS: string[] = [
  'قال المتحدث إن \u200E45\u200E شخصا أصيبوا و\u2067120\u2069 آخرين نقلوا إلى المستشفى.',
  'وأضاف أن الحكومة خصصت \u202E300\u202C مليون دولار لإعادة الإعمار.',
  'وأعلنت الوز\u200Cارة تسج\u200Dيل 75 إصابة جديدة بالكوليرا في ولاية كسلا.'.normalize('NFC'),
  'وأكدت الأمم المتحدة أن 2000 أسرة نزحت من القرى المتضررة.'.normalize('NFD'),
  'وذكرت الهيئة أن ۴۵۰ منزلا تضررت وأن ٣٠٠ طالب لم يلتحقوا بمدارسهم.',
  'وقال مسئول محلی إن 60 کیلومترا من الطرق دمرت بالکامل.',
  'وأشار البيان إلى أن 👨‍👩‍👧‍👦 850 عائلة 🇸🇩 تلقت مساعدات غذائية.',
  'وقال الشهود إن 33 \uD83D شخصا فقدوا في \uDE00 المنطقة الشرقية.',
];

function edgePage(): string {
  const a: Article = { ...seedArticle(), title: 'حالات خاصة في النص', paragraphs: [...EDGE_PARAGRAPHS, ...seedArticle().paragraphs.slice(0, 3)] };
  return withHead(articlePage(a), '');
}

function megabytePage(): string {
  const sentence = 'أعلن الدفاع المدني إنقاذ 120 شخصا من المناطق المنكوبة خلال الساعة الماضية، وقال إن 45 آخرين ما زالوا مفقودين. ';
  const big = sentence.repeat(Math.ceil(1_000_000 / sentence.length)).slice(0, 1_000_000);
  const a: Article = { ...seedArticle(), title: 'تقرير مطول عن الفيضانات', paragraphs: [seedArticle().paragraphs[0], big] };
  return withHead(articlePage(a), '');
}

/** A page whose paragraphs, title, outlet and URL carry payloads (escaped: the page itself runs none). */
function payloadPage(stories: PayloadStory[], n: number, perPage: number): string | null {
  const part = stories.slice(n * perPage, (n + 1) * perPage);
  if (!part.length) return null;
  const lead = part[0].payload.text;
  const a: Article = {
    title: `تقرير عن نقص الإمدادات ${lead}`,
    outlet: part[1]?.payload.text ?? lead,
    published: '2024-08-12T09:00:00Z',
    paragraphs: part.map((s) => s.paragraph),
  };
  return withHead(articlePage(a), `<meta name="application-name" content="${escapeHtml(lead)}">`);
}

export const STRICT_CSP = "default-src 'none'; style-src 'self'; img-src 'none'; font-src 'none'; script-src 'none'; connect-src 'none'; frame-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

export interface HostileServer {
  origin: string;
  url(path: string): string;
  hits(): CanaryHit[];
  /** The payload stories /payload/<n>.html serves, `perPage` a page (their canary URLs need the origin first). */
  setStories(stories: PayloadStory[], perPage: number): void;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  const hits: CanaryHit[] = [];
  let stories: PayloadStory[] = [];
  let perPage = 75;
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://localhost');
    const send = (body: string, headers: Record<string, string> = {}, type = 'text/html; charset=utf-8') =>
      res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...headers }).end(body);
    const id = canaryId(u.pathname);
    if (id) {
      hits.push({ id, kind: u.pathname.split('/')[3] ?? '', referer: String(req.headers.referer ?? '') });
      return send('', {}, u.pathname.endsWith('/css') ? 'text/css' : 'text/plain');
    }
    let m = /^\/hostile\/([\w-]+)\.html$/.exec(u.pathname);
    if (m) {
      const base = articlePage(seedArticle());
      if (m[1] === 'plain') return send(withHead(base, ''));
      if (m[1] === 'strict-csp') return send(withHead(base, ''), { 'content-security-policy': STRICT_CSP });
      const twist = join(TWISTS, `${m[1]}.html`);
      if (existsSync(twist)) return send(withHead(base, readFileSync(twist, 'utf8')));
    }
    if (u.pathname === '/heavy/nodes.html') return send(nodesPage());
    if (u.pathname === '/heavy/growing.html') return send(growingPage(Number(u.searchParams.get('s') ?? 10)));
    if (u.pathname === '/edge/text.html') return send(edgePage());
    if (u.pathname === '/edge/megabyte.html') return send(megabytePage());
    m = /^\/unique\/(\d+)\.html$/.exec(u.pathname);
    if (m) {
      const a = seedArticle();
      const own = `وفي تحديث رقم ${m[1]} قال المتحدث إن ${100 + Number(m[1])} جنديا إضافيا سيصلون خلال الأسبوع المقبل.`;
      return send(withHead(articlePage({ ...a, title: `${a.title} (${m[1]})`, paragraphs: [...a.paragraphs, own] }), ''));
    }
    m = /^\/payload\/(\d+)\.html$/.exec(u.pathname);
    if (m) {
      const page = payloadPage(stories, Number(m[1]), perPage);
      if (page) return send(page);
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    hits: () => [...hits],
    setStories(list, per) {
      stories = list;
      perPage = per;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
