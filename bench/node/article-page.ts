/**
 * The long article page the page-side benchmark loads: about 5,000 words of
 * synthetic Arabic news (a story that is in the corpus, so claims find
 * sources) inside an ordinary news page layout with navigation, a sidebar,
 * inline links and a footer, served from localhost.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SyntheticCorpus } from '../synthetic/corpus.ts';

export interface ArticlePage {
  html: string;
  title: string;
  blocks: string[];
  words: number;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Wraps a few words of a paragraph in links and bold, as news sites do. */
function inline(paragraph: string, i: number): string {
  const words = escape(paragraph).split(' ');
  if (i % 3 === 0 && words.length > 8) words[4] = `<a href="/tag/${i}">${words[4]}</a>`;
  if (i % 4 === 1 && words.length > 12) words[9] = `<strong>${words[9]}</strong>`;
  return words.join(' ');
}

export function makeArticlePage(targetWords = 5000): ArticlePage {
  const synthetic = new SyntheticCorpus();
  // Page query 0 tells a story that is in every corpus size.
  const article = synthetic.page(0, Math.round(targetWords / 21));
  const [title, ...rest] = article.text.split('\n');
  const blocks = rest.filter((l) => l.trim());
  const words = blocks.join(' ').split(/\s+/).length + title.split(/\s+/).length;
  const nav = ['الرئيسية', 'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'منوعات', 'رأي'].map((w) => `<li><a href="/section/${encodeURIComponent(w)}">${w}</a></li>`).join('');
  const related = Array.from({ length: 8 }, (_, i) => `<li><a href="/news/${i}">خبر ذو صلة رقم ${i + 1}</a></li>`).join('');
  const html = `<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escape(title)} - ${escape(article.outlet)}</title>
<meta property="og:site_name" content="${escape(article.outlet)}">
<style>body{font:18px/1.7 serif;max-width:1100px;margin:auto;display:grid;grid-template-columns:3fr 1fr;gap:24px}header,footer{grid-column:1/-1}nav ul{display:flex;gap:12px;list-style:none}</style>
</head><body>
<header><nav><ul>${nav}</ul></nav></header>
<main><article>
<h1>${escape(title)}</h1>
<p class="byline">${escape(article.outlet)} · ${new Date(Date.UTC(2024, 5, 1)).toISOString().slice(0, 10)}</p>
${blocks.map((b, i) => `<p>${inline(b, i)}</p>`).join('\n')}
</article></main>
<aside><h2>اقرأ أيضا</h2><ul>${related}</ul></aside>
<footer><p>جميع الحقوق محفوظة</p></footer>
</body></html>`;
  return { html, title, blocks, words };
}

/** Serves `page` at http://127.0.0.1:PORT/article.html (anything else is 404). */
export async function serveArticle(page: ArticlePage): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/article.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page.html);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/article.html`, server };
}
