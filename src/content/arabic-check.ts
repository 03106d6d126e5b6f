/**
 * The quick check the content script entry makes before loading anything:
 * does this page's visible text look mostly Arabic? It samples text nodes
 * (never layout) and stops after a few thousand letters.
 */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'TEXTAREA']);
const LETTER = /\p{L}/u;

export interface ArabicShare {
  /** Letters of any script, Arabic ones included. */
  letters: number;
  /** Characters of the Arabic blocks (letters, and the few marks, digits and signs among them). */
  arabic: number;
}

/** The Arabic, Arabic Supplement, Extended and presentation-form blocks. */
function isArabicBlock(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x0870 && c <= 0x08ff)
    || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

/**
 * Counts letters and Arabic characters in `text`, or in its first
 * `maxChars` characters (a sample needs no more). A loop over character
 * codes: on a page just loaded, before any of Isnad's code is optimised, a
 * Unicode-property regex over the same text took several times as long.
 */
export function arabicShare(text: string, into: ArabicShare = { letters: 0, arabic: 0 }, maxChars = Infinity): ArabicShare {
  const end = Math.min(text.length, maxChars);
  let letters = 0;
  let arabic = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    } else if (isArabicBlock(c)) {
      arabic++;
      letters++;
    } else if (c >= 0xc0 && c <= 0x24f) {
      if (c !== 0xd7 && c !== 0xf7) letters++;
    } else if (LETTER.test(text[i])) {
      letters++;
    }
  }
  into.letters += letters;
  into.arabic += arabic;
  return into;
}

/** Arabic characters a sample needs at least, and the share of its letters they must make. */
const MIN_ARABIC = 80;
const ARABIC_SHARE = 0.4;

export function isMostlyArabic(share: ArabicShare, minArabic = MIN_ARABIC): boolean {
  return share.arabic >= minArabic && share.arabic >= ARABIC_SHARE * share.letters;
}

/** Letters after which a sample with no Arabic at all settles it: most pages a reader visits are not Arabic. */
const NO_ARABIC_AFTER = 2000;

/** A node's text is counted only this far past the budget (a node of a megabyte is not counted whole). */
const OVERSHOOT = 1000;

/** True when the body's text (sampled up to `budget` letters) is mostly Arabic. */
export function looksArabic(doc: Document, budget = 6000): boolean {
  // Once this much of the sample is Arabic no rest of it could bring the
  // share under the bar: an Arabic page is decided in half its sample.
  const settled = Math.max(MIN_ARABIC, ARABIC_SHARE * (budget + OVERSHOOT));
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (SKIP.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const share: ArabicShare = { letters: 0, arabic: 0 };
  for (let n = walker.nextNode(); n && share.letters < budget; n = walker.nextNode()) {
    const text = n.nodeValue ?? '';
    // A node of a megabyte is sampled only as far as the budget (letters are at most characters).
    if (text.trim()) arabicShare(text, share, budget - share.letters + OVERSHOOT);
    if (share.arabic === 0 && share.letters >= NO_ARABIC_AFTER) return false;
    if (share.arabic >= settled) return true;
  }
  return isMostlyArabic(share);
}
