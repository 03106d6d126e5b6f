/**
 * A local web server of Arabic article pages for `npm start` and the
 * end-to-end tests. Pages look like real news sites: a menu, the article,
 * a "related" list and reader comments with figures of their own (which
 * Isnad must leave alone), and a footer.
 *
 *   /seed/<name>.html       a seed article from seeds/ (name without .txt)
 *   /story/<name>.html      a test story from test/fixtures/stories/
 *   /page/<file>            a hand-written page from test/fixtures/pages/
 *   /english.html           a page whose main content is not Arabic
 *   /long.html              a long article (about 5,000 words) with a long-task
 *                           recorder, to check that Isnad never blocks the page
 * Add ?theme=dark to a generated page for a dark site.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { articleFromText } from '../src/engine/segment/article-text.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = `${ROOT}seeds/`;
const STORIES = `${ROOT}test/fixtures/stories/`;
const PAGES = `${ROOT}test/fixtures/pages/`;

export interface Article {
  title: string;
  paragraphs: string[];
  outlet: string;
  published: string;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Outlet names from the stories README table: | `file` | outlet | … |. */
function storyOutlets(): Map<string, string> {
  const out = new Map<string, string>();
  const readme = `${STORIES}README.md`;
  if (!existsSync(readme)) return out;
  for (const m of readFileSync(readme, 'utf8').matchAll(/^\|\s*`([^`]+)\.txt`\s*\|\s*([^|]+?)\s*\|/gm)) out.set(m[1], m[2]);
  return out;
}

/** An article from a plain-text file, split as the engine splits it (title, paragraphs). */
export function articleFromFile(path: string, outlet: string, published: string): Article {
  const raw = readFileSync(path, 'utf8');
  const a = articleFromText(raw);
  const paragraphs = a.paragraphs.map((p) => a.text.slice(p.start, p.end));
  const title = a.title || paragraphs[0];
  return { title, paragraphs: paragraphs.filter((p) => p !== title), outlet, published };
}

export function articlePage(a: Article, theme: 'light' | 'dark' = 'light'): string {
  const dark = theme === 'dark';
  const p = (s: string) => `      <p>${escapeHtml(s)}</p>`;
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(a.title)} | ${escapeHtml(a.outlet)}</title>
  <meta property="og:site_name" content="${escapeHtml(a.outlet)}">
  <meta property="article:published_time" content="${escapeHtml(a.published)}">
  <style>
    body { margin: 0; font: 18px/1.9 "Noto Naskh Arabic", serif; background: ${dark ? '#121212' : '#fdfcf8'}; color: ${dark ? '#e8e6e3' : '#222'}; }
    .site-header { background: ${dark ? '#000' : '#7a1f1f'}; color: #fff; padding: 0.5rem 1.5rem; display: flex; gap: 2rem; align-items: center; }
    .site-header a { color: #fff; text-decoration: none; }
    .site-header ul { list-style: none; display: flex; gap: 1rem; margin: 0; padding: 0; font: 15px "Noto Sans Arabic", sans-serif; }
    .layout { max-width: 64rem; margin: 0 auto; display: grid; grid-template-columns: 1fr 16rem; gap: 2rem; padding: 1rem 1.5rem; }
    h1 { font-size: 1.7rem; line-height: 1.5; }
    .byline { color: ${dark ? '#aaa' : '#666'}; font-size: 0.9rem; }
    .related { font: 15px/1.7 "Noto Sans Arabic", sans-serif; border-inline-start: 3px solid #ccc; padding-inline-start: 1rem; }
    .comments { grid-column: 1; border-top: 1px solid #ccc; font-size: 0.95rem; }
    footer { text-align: center; color: #888; padding: 2rem; font-size: 0.85rem; }
  </style>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">${escapeHtml(a.outlet)}</a>
    <nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/">سياسة</a></li><li><a href="/">اقتصاد</a></li><li><a href="/">رياضة</a></li><li><a href="/">أرشيف 2020</a></li></ul></nav>
  </header>
  <div class="layout">
    <main>
      <article>
        <h1>${escapeHtml(a.title)}</h1>
        <p class="byline">${escapeHtml(a.outlet)} · <time datetime="${escapeHtml(a.published)}">${escapeHtml(a.published.slice(0, 10))}</time></p>
${a.paragraphs.map(p).join('\n')}
      </article>
      <section class="comments" id="comments">
        <h2>التعليقات (3)</h2>
        <div class="comment"><p>أظن أن العدد الحقيقي يتجاوز 9000 شخص، والحكومة تخفي الأرقام منذ سنوات طويلة.</p></div>
        <div class="comment"><p>شكرا على التغطية، ننتظر المزيد من التفاصيل عن المبلغ البالغ 40 مليون دولار.</p></div>
      </section>
    </main>
    <aside class="related">
      <h2>أخبار ذات صلة</h2>
      <ul>
        <li><a href="/">مقتل 300 شخص في حادث سير على الطريق الدولي</a></li>
        <li><a href="/">البورصة تربح 2 مليار دولار في جلسة واحدة</a></li>
        <li><a href="/">الأمم المتحدة تحذر من موجة جفاف تهدد 12 مليون شخص</a></li>
      </ul>
    </aside>
  </div>
  <footer>جميع الحقوق محفوظة © 2024 ${escapeHtml(a.outlet)}</footer>
</body>
</html>`;
}

const ENGLISH_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Floods in Sudan</title></head>
<body><article><h1>Floods in Sudan kill 112</h1>
<p>The interior ministry said on Monday that 112 people had died and 2,059 were injured since the start of July.</p>
<p>The World Bank announced an emergency grant of 3 billion dollars for relief and reconstruction.</p>
<p>Al Jazeera reported the figure as مئة واثني عشر قتيلا in its Arabic edition.</p></article></body></html>`;

function seedArticle(name: string): Article | null {
  const path = `${SEEDS}${name}.txt`;
  if (!existsSync(path)) return null;
  const outlet = name.startsWith('000') ? 'وكالة خام' : 'وكالة الأنباء';
  return articleFromFile(path, outlet, '2020-07-09T10:00:00Z');
}

function storyArticle(name: string): Article | null {
  const path = `${STORIES}${name}.txt`;
  if (!existsSync(path)) return null;
  return articleFromFile(path, storyOutlets().get(name) ?? name, '2024-08-12T09:00:00Z');
}

/** All stories' paragraphs, repeated: an article of about 5,000 words. */
function longArticle(): Article {
  const names = existsSync(STORIES) ? readdirSync(STORIES).filter((f) => f.endsWith('.txt')) : [];
  const paragraphs = names.flatMap((f) => articleFromFile(`${STORIES}${f}`, '', '').paragraphs);
  const repeated = Array.from({ length: 11 }, () => paragraphs).flat();
  return { title: 'ملف خاص: الفيضانات في السودان', paragraphs: repeated, outlet: 'الملف', published: '2024-08-12T09:00:00Z' };
}

/** Records long tasks from the very start of the page, for the tests to read. */
export const LONG_TASK_RECORDER = `<script>
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__longTasks = null; }
</script>`;

function route(pathname: string, theme: 'light' | 'dark'): { type: string; body: string } | null {
  const html = (body: string) => ({ type: 'text/html; charset=utf-8', body });
  let m = pathname.match(/^\/seed\/([\w-]+)\.html$/);
  if (m) {
    const a = seedArticle(m[1]);
    return a ? html(articlePage(a, theme)) : null;
  }
  m = pathname.match(/^\/story\/([\w-]+)\.html$/);
  if (m) {
    const a = storyArticle(m[1]);
    return a ? html(articlePage(a, theme)) : null;
  }
  m = pathname.match(/^\/page\/([\w.-]+\.html)$/);
  if (m && existsSync(`${PAGES}${m[1]}`)) return html(readFileSync(`${PAGES}${m[1]}`, 'utf8'));
  if (pathname === '/english.html') return html(ENGLISH_PAGE);
  if (pathname === '/long.html') return html(articlePage(longArticle(), theme).replace('</head>', `${LONG_TASK_RECORDER}\n</head>`));
  if (pathname === '/') {
    const links = [
      ...readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => `/seed/${f.replace(/\.txt$/, '')}.html`),
      ...(existsSync(STORIES) ? readdirSync(STORIES).filter((f) => f.endsWith('.txt')).map((f) => `/story/${f.replace(/\.txt$/, '')}.html`) : []),
      ...(existsSync(PAGES) ? readdirSync(PAGES).filter((f) => f.endsWith('.html')).map((f) => `/page/${f}`) : []),
    ];
    return html(`<!doctype html><meta charset="utf-8"><ul>${links.map((l) => `<li><a href="${l}">${l}</a></li>`).join('')}</ul>`);
  }
  return null;
}

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

/** Starts the server on localhost (port 0 picks a free one). */
export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://localhost');
    const found = route(u.pathname, u.searchParams.get('theme') === 'dark' ? 'dark' : 'light');
    if (!found) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://localhost:${typeof address === 'object' && address ? address.port : port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
