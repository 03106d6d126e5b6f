/**
 * A long page's lead: its title and the blocks from the top of the article
 * down to the bottom of the window, i.e. what the reader sees first. The
 * background answers for the lead before the rest, so these highlights come
 * first.
 *
 * Reads positions, but only when the page is idle (Isnad starts then), so
 * its layout is already done and reading it forces nothing.
 */
import type { PageText } from './page-text.ts';

/** Most characters of a lead, however tall the window: the lead's analysis stays a few milliseconds. */
export const LEAD_MAX_CHARS = 5000;

/**
 * How many of the first `blocks` blocks of `page` make its lead: at least
 * one, then each block that starts above `bottom` (window coordinates),
 * within LEAD_MAX_CHARS with the title.
 */
export function leadBlocks(page: PageText, blocks: number, bottom: number, max = LEAD_MAX_CHARS): number {
  let chars = page.title.length;
  let n = 0;
  for (; n < blocks; n++) {
    const run = page.runs[n + 1];
    const length = run?.text.length ?? 0;
    if (n > 0 && (chars + length > max || !run || run.block.getBoundingClientRect().top >= bottom)) break;
    chars += length;
  }
  return n;
}
