/**
 * Finds an article's main content on a live page: the element holding most
 * of the paragraph text, without menus, comments, share bars or "related"
 * lists. A small cousin of Readability that works on the live DOM (so the
 * text nodes it returns are the ones we highlight) and only reads text,
 * never layout.
 */
import { arabicShare, isMostlyArabic, type ArabicShare } from '../arabic-check.ts';
import { collectRuns, isNeverText, type Run } from './text-runs.ts';

/** Parts of a page that are never the article, by tag and by role. */
const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG', 'MENU', 'ISNAD-CARD']);
const CHROME_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'search', 'banner', 'dialog', 'menu', 'alert']);

/** id/class words of comment threads, related lists, share bars and ads (English and common Arabic site names). */
const NOISE_NAME = /(^|[\s_-])(comments?|comment-list|disqus|respond|reply|related|more-news|read-?also|also-read|recommend\w*|trending|popular|most-?read|share|sharing|social|sidebar|widget|breadcrumbs?|menu|navbar|nav|footer|masthead|promo|ads?|advert\w*|sponsor\w*|newsletter|subscribe|tags?|keywords|author-?box|byline-?share|outbrain|taboola|cookie\w*|modal|popup)([\s_-]|$)/i;

/** id/class words that mark the article body. */
const BODY_NAME = /(^|[\s_-])(article|articlebody|article-body|story|story-body|post|post-content|entry|entry-content|content|main|body|text|news-?details?|details)([\s_-]|$)/i;

/** Called for every element of the page: cheap tests first. */
export function isNoise(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (CHROME_TAGS.has(tag)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  // A header is chrome unless it carries the article's title.
  if (tag === 'HEADER' && !el.querySelector('h1')) return true;
  const cls = typeof el.className === 'string' ? el.className : '';
  if (!el.id && !cls) return false;
  return NOISE_NAME.test(`${el.id} ${cls}`) && !BODY_NAME.test(el.id);
}

export interface MainContent {
  root: Element;
  /** The headline, when the page has one (an <h1>). */
  title: Run | null;
  /** Paragraph runs in reading order, title excluded. */
  blocks: Run[];
  share: ArabicShare;
}

const MIN_PARAGRAPH = 25;
const SHARE_SAMPLE = 4000;
const MAX_LINK_DENSITY = 0.5;
const MAX_PUNCTUATION_BONUS = 3;

/** Commas and full stops, counted only as far as the bonus they give can grow. */
function countPunctuation(text: string): number {
  const enough = MAX_PUNCTUATION_BONUS / 0.2;
  let n = 0;
  for (let i = 0; i < text.length && n < enough; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x060c || c === 0x2e) n++;
  }
  return n;
}

function paragraphWeight(run: Run): number {
  const length = run.text.length;
  if (length < MIN_PARAGRAPH || run.linkChars > MAX_LINK_DENSITY * length) return 0;
  // Sentences with commas are prose, not captions or menu items. Both
  // bonuses are capped: one paragraph of a megabyte must not outweigh the
  // article around it.
  return 1 + Math.min(length / 100, 3) + Math.min(countPunctuation(run.text) * 0.2, MAX_PUNCTUATION_BONUS);
}

/** Scores each ancestor of every paragraph-like run; the best scorer is the root. */
function pickRoot(body: Element, runs: Run[]): Element {
  // Weighed once: the climb below adds up the weights under several ancestors.
  const weights = runs.map(paragraphWeight);
  const scores = new Map<Element, number>();
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i];
    const w = weights[i];
    if (!w) continue;
    let el: Element | null = run.block;
    for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
      scores.set(el, (scores.get(el) ?? 0) + w / (depth === 0 ? 1 : depth * 1.5));
    }
  }
  let best: Element = body;
  let bestScore = 0;
  for (const [el, score] of scores) {
    let s = score;
    const names = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
    if (el.matches('article, main, [role="main"], [itemprop="articleBody"]') || BODY_NAME.test(names)) s *= 1.3;
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  const total = (el: Element) => {
    let n = 0;
    for (let i = 0; i < runs.length; i++) if (weights[i] && el.contains(runs[i].block)) n += weights[i];
    return n;
  };
  const own = total(best);
  // One paragraph is never the article when its container holds others:
  // a long one would otherwise leave its short neighbours (the lead) out.
  const parent = best.parentElement;
  if (parent && parent !== body.parentElement && runs.some((r) => r.block === best) && total(parent) > own) return parent;
  // Climb while the parent keeps almost all of the article text (paragraphs
  // split over sibling <div>s belong together).
  for (let up = best.parentElement; up && up !== body.parentElement; up = up.parentElement) {
    const t = total(up);
    if (t > own * 1.6) {
      best = up;
      break;
    }
    if (up === body) break;
  }
  return best;
}

function headline(doc: Document, root: Element, skip: (el: Element) => boolean): Run | null {
  const h1 = root.querySelector('h1') ?? doc.querySelector('article h1, main h1, h1');
  if (!h1 || skip(h1)) return null;
  const run = collectRuns(h1, skip)[0];
  // A short <h1> outside the article is usually the site's logo.
  return run && (root.contains(h1) || run.text.length >= 15) ? run : null;
}

/** The page's main content, or null when the page has no body. */
export function findMainContent(doc: Document): MainContent | null {
  const body = doc.body;
  if (!body) return null;
  const skip = (el: Element) => isNeverText(el) || isNoise(el);
  const all = collectRuns(body, skip);
  const root = pickRoot(body, all);
  const title = headline(doc, root, skip);
  const blocks = all.filter((r) => root.contains(r.block) && r !== title && r.block !== title?.block
    && !(r.linkChars > MAX_LINK_DENSITY * r.text.length && r.text.length < 200));
  // A few thousand letters decide the language; counting a whole long article costs more.
  const share: ArabicShare = { letters: 0, arabic: 0 };
  for (const r of blocks) {
    arabicShare(r.text, share, SHARE_SAMPLE - share.letters + 1000);
    if (share.letters > SHARE_SAMPLE) break;
  }
  return { root, title, blocks, share };
}

export function isArabicContent(main: MainContent): boolean {
  return isMostlyArabic(main.share, 40);
}
