/**
 * The page's text as the engine sees it, and the way back from an engine
 * offset to the page's text nodes. The engine joins title and blocks with
 * "\n" (src/engine/segment/article-text.ts); runs are already trimmed and
 * free of line breaks, so the join is the same string:
 *
 *   text:   title \n block0 \n block1 …
 *   starts: 0        t+1      t+1+b0+1 …
 */
import type { Claim } from '../../engine/types.ts';
import { MAX_PAGE_CHARS, type PageText as CheckRequest } from '../../platform/protocol.ts';
import { piecesOf, type NodePiece, type Run } from './text-runs.ts';

export interface PageText {
  title: string;
  blocks: string[];
  /** One entry per part of the text: the title (null when there is none) then each block. */
  runs: (Run | null)[];
  starts: number[];
}

/** Where each part starts in the parts joined by line breaks. */
function joinedStarts(runs: (Run | null)[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const run of runs) {
    starts.push(at);
    at += (run?.text.length ?? 0) + 1;
  }
  return starts;
}

export function pageText(title: Run | null, blocks: Run[]): PageText {
  const runs = [title, ...blocks];
  return { title: title?.text ?? '', blocks: blocks.map((b) => b.text), runs, starts: joinedStarts(runs) };
}

/**
 * Re-finds each part in the engine's text when it differs from our join (a
 * future engine may normalise blocks differently, or the text is a long
 * page's lead alone); parts it cannot find get -1.
 */
export function alignTo(page: PageText, engineText: string): PageText {
  const joined = page.runs.map((r) => r?.text ?? '').join('\n');
  if (joined === engineText) {
    // `page` may be aligned to its lead already: every part is in place now.
    const starts = joinedStarts(page.runs);
    return starts.every((s, i) => s === page.starts[i]) ? page : { ...page, starts };
  }
  let from = 0;
  const starts = page.runs.map((run) => {
    if (!run) return -1;
    const at = engineText.indexOf(run.text, from);
    if (at >= 0) from = at + run.text.length;
    return at;
  });
  return { ...page, starts };
}

/**
 * Index of the part (title or block) holding a claim, or -1 when it has none.
 * Parts that could not be aligned (start -1) may sit anywhere, e.g. new
 * paragraphs a live page added after the text was sent: the search runs
 * over the aligned parts only, whose starts ascend.
 */
export function partOf(page: PageText, claim: Pick<Claim, 'start' | 'end'>): number {
  let lo = 0;
  let hi = page.runs.length - 1;
  let found = -1;
  while (lo <= hi) {
    let mid = (lo + hi) >> 1;
    // Step to the nearest aligned part at or before mid.
    while (mid >= lo && page.starts[mid] < 0) mid--;
    if (mid < lo) {
      lo = ((lo + hi) >> 1) + 1;
      continue;
    }
    if (page.starts[mid] <= claim.start) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  const run = found >= 0 ? page.runs[found] : null;
  if (!run || page.starts[found] < 0 || claim.end > page.starts[found] + run.text.length) return -1;
  return found;
}

/** The text-node pieces a claim covers, or [] when it cannot be placed. */
export function claimPieces(page: PageText, claim: Pick<Claim, 'start' | 'end'>, part = partOf(page, claim)): NodePiece[] {
  const run = part >= 0 ? page.runs[part] : null;
  if (!run) return [];
  const start = page.starts[part];
  return piecesOf(run, claim.start - start, claim.end - start);
}

/** Longest title and URL a check sends (longer ones are left out, not cut: a cut title would not align). */
const MAX_TITLE = 10_000;
const MAX_URL = 8192;

/**
 * What the content script sends the background to check: the title and the
 * whole blocks that fit in MAX_PAGE_CHARS, in reading order. Claims past
 * that point are not highlighted; the page's text is never cut mid-block,
 * so every claim sent still maps back to its nodes.
 */
export function checkRequest(url: string, page: PageText, max = MAX_PAGE_CHARS): CheckRequest {
  const title = page.title.length <= MAX_TITLE ? page.title : '';
  let budget = max - title.length;
  const blocks: string[] = [];
  for (const b of page.blocks) {
    if (b.length > budget) break;
    blocks.push(b);
    budget -= b.length;
  }
  return { url: url.length <= MAX_URL ? url : '', title, blocks };
}
