import { Readability } from '@mozilla/readability';

/**
 * Parses an HTML string into a Document: DOMParser in a page, linkedom's
 * DOMParser in Node. The store takes it as a parameter so it depends on no DOM.
 */
export type ParseHtml = (html: string) => Document;

export interface HtmlArticle {
  title: string;
  outlet: string;
  published?: string;
  /** The page's canonical URL when it declares one (http or https only). */
  url?: string;
  /** Paragraph texts of the main content, in order. */
  blocks: string[];
}

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'button', 'form', 'nav', 'select', 'textarea']);

/** Text of each block element; inline runs between blocks become blocks of their own. */
function collectBlocks(root: Node): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    const text = run.join('').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    run = [];
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        run.push(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = (child as Element).tagName.toLowerCase();
      if (SKIP.has(tag)) continue;
      if (tag === 'br') {
        flush();
      } else if (BLOCK.has(tag)) {
        flush();
        walk(child);
        flush();
      } else {
        walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}

function meta(doc: Document, selectors: string[]): string {
  for (const sel of selectors) {
    const el = doc.querySelector(sel);
    const value = (el?.getAttribute('content') ?? el?.getAttribute('datetime') ?? el?.getAttribute('href') ?? '').trim();
    if (value) return value;
  }
  return '';
}

function validDate(s: string | null | undefined): string | undefined {
  const v = (s ?? '').trim();
  return v && !Number.isNaN(Date.parse(v)) ? v : undefined;
}

function httpUrl(s: string): string | undefined {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads an article page: metadata from the head (og:site_name, published
 * time, canonical URL), the main content through Readability, split into
 * paragraph blocks for `analyzeBlocks`.
 */
export function extractHtmlArticle(html: string, parseHtml: ParseHtml): HtmlArticle {
  const doc = parseHtml(html);
  // Read the head before Readability, which rewrites the document it is given.
  const outletMeta = meta(doc, ['meta[property="og:site_name"]', 'meta[name="og:site_name"]', 'meta[name="application-name"]']);
  const publishedMeta = meta(doc, [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]', 'meta[name="pubdate"]', 'meta[name="publishdate"]', 'time[datetime]',
  ]);
  const url = httpUrl(meta(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']));
  const headTitle = meta(doc, ['meta[property="og:title"]']) || (doc.querySelector('title')?.textContent ?? '').trim();

  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(doc, { serializer: (n) => n }).parse();
  } catch {
    parsed = null;
  }
  const title = (parsed?.title ?? '').replace(/\s+/g, ' ').trim() || headTitle.replace(/\s+/g, ' ');
  let blocks = parsed?.content ? collectBlocks(parsed.content) : [];
  if (blocks.length === 0) {
    const fresh = parseHtml(html);
    blocks = collectBlocks(fresh.body ?? fresh.documentElement);
  }
  // Readability keeps the headline inside the content; analyzeBlocks puts the title first already.
  if (blocks.length && blocks[0] === title) blocks = blocks.slice(1);

  return {
    title,
    outlet: outletMeta || (parsed?.siteName ?? '').trim(),
    published: validDate(publishedMeta) ?? validDate(parsed?.publishedTime),
    ...(url ? { url } : {}),
    blocks,
  };
}

/**
 * The text `analyzeBlocks(page.blocks, page.title)` analyses, built the same
 * way, so an extracted page can be stored as text with layout 'blocks'.
 */
export function blocksText(blocks: string[], title: string): string {
  const parts = [title.trim(), ...blocks.map((b) => b.replace(/\s*\n\s*/g, ' ').trim())].filter((p, i) => i === 0 || p);
  return parts.join('\n');
}
