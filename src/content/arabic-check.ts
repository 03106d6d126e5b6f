/**
 * The quick check the content script entry makes before loading anything:
 * does this page's visible text look mostly Arabic? It samples text nodes
 * (never layout) and stops after a few thousand letters.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'TEXTAREA']);
// Counted by deleting everything else: match() would make a string per letter.
const NOT_LETTER = /\P{L}+/gu;
const NOT_ARABIC = /\P{Script=Arabic}+/gu;

export interface ArabicShare {
  letters: number;
  arabic: number;
}

/** Counts letters and Arabic letters in `text`, or in its first `maxChars` characters (a sample needs no more). */
export function arabicShare(text: string, into: ArabicShare = { letters: 0, arabic: 0 }, maxChars = Infinity): ArabicShare {
  const sample = text.length > maxChars ? text.slice(0, maxChars) : text;
  into.letters += sample.replace(NOT_LETTER, '').length;
  into.arabic += sample.replace(NOT_ARABIC, '').length;
  return into;
}

export function isMostlyArabic(share: ArabicShare, minArabic = 80): boolean {
  return share.arabic >= minArabic && share.arabic >= 0.4 * share.letters;
}

/** Letters after which a sample with no Arabic at all settles it: most pages a reader visits are not Arabic. */
const NO_ARABIC_AFTER = 2000;

/** True when the body's text (sampled up to `budget` letters) is mostly Arabic. */
export function looksArabic(doc: Document, budget = 6000): boolean {
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (SKIP.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const share: ArabicShare = { letters: 0, arabic: 0 };
  for (let n = walker.nextNode(); n && share.letters < budget; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    // A node of a megabyte is sampled only as far as the budget (letters are at most characters).
    if (text.trim()) arabicShare(text, share, budget - share.letters + 1000);
    if (share.arabic === 0 && share.letters >= NO_ARABIC_AFTER) return false;
  }
  return isMostlyArabic(share);
}
