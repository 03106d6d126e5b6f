/**
 * Turns a subtree into "runs": the text of one block (a paragraph, a heading,
 * a list item, a stretch between <br>s) made of all its text nodes, inline
 * tags included, so a claim split by <b> or <a> is still one string.
 *
 * Whitespace is collapsed as the browser shows it. The way back from the
 * run's text to the nodes is a list of segments, each a stretch copied
 * unchanged from one node (a collapsed space is a segment of its own):
 *
 *   nodes:    "بلغ " | <b>"5"</b> | "  مليار دولار"
 *   text:     "بلغ 5 مليار دولار"
 *   segments: [0,node0,0] [3,node0,3] [4,node1,0] [5,node2,0] [6,node2,2] …
 *              textStart, node index, offset in node
 *
 * so finding a character is a binary search over segments, not a table per
 * character: a 14,000-word page is read in a few milliseconds.
 */

export interface Run {
  /** The nearest block element that holds the run. */
  block: Element;
  nodes: Text[];
  text: string;
  /** Triples (textStart, nodeIndex, nodeOffset), by textStart. */
  segments: Int32Array;
  /** Characters of the run that sit inside links (for link-density checks). */
  linkChars: number;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'BR', 'CAPTION', 'CENTER',
]);

/** Elements whose text is never article text. */
const NEVER_TEXT = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'CANVAS', 'SVG', 'MATH', 'TEXTAREA',
  'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'VIDEO', 'AUDIO', 'IMG', 'PICTURE',
]);

export function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.tagName.toUpperCase());
}

export function isNeverText(el: Element): boolean {
  return NEVER_TEXT.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

const SPACE_OR_WORD = /[ \n\t\r\f\u00a0]+|[^ \n\t\r\f\u00a0]+/g;
/** Whitespace that shows differently from how it is written: only such nodes need collapsing word by word. */
const ODD_SPACE = /[\n\t\r\f\u00a0]| {2}/;

function nonSpaceLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n--;
  return n;
}

class RunBuilder {
  nodes: Text[] = [];
  parts: string[] = [];
  segments: number[] = [];
  length = 0;
  linkChars = 0;
  /** A space is owed before the next visible character, standing for [node, offset]. */
  pending: [number, number] | null = null;

  private segment(node: number, offset: number, text: string): void {
    this.segments.push(this.length, node, offset);
    this.parts.push(text);
    this.length += text.length;
  }

  /** A space at [node, offset]: owed before the next visible character, if any came before. */
  private space(node: number, offset: number): void {
    if (!this.pending && this.length) this.pending = [node, offset];
  }

  private visible(node: number, offset: number, text: string): void {
    if (this.pending) {
      this.segment(this.pending[0], this.pending[1], ' ');
      this.pending = null;
    }
    this.segment(node, offset, text);
  }

  add(node: Text, inLink: boolean): void {
    const data = node.data;
    const index = this.nodes.push(node) - 1;
    if (!ODD_SPACE.test(data)) {
      // Single spaces between words show as written (most text nodes): the
      // node is one segment, not one per word, which a cold page reads far faster.
      let from = 0;
      let to = data.length;
      if (data.charCodeAt(0) === 32) {
        this.space(index, 0);
        from = 1;
      }
      if (to > from && data.charCodeAt(to - 1) === 32) to--;
      if (to <= from) return;
      const text = from === 0 && to === data.length ? data : data.slice(from, to);
      this.visible(index, from, text);
      if (inLink) this.linkChars += nonSpaceLength(text);
      if (to < data.length) this.space(index, to);
      return;
    }
    SPACE_OR_WORD.lastIndex = 0;
    for (let m = SPACE_OR_WORD.exec(data); m; m = SPACE_OR_WORD.exec(data)) {
      const piece = m[0];
      const c = piece.charCodeAt(0);
      if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0) {
        this.space(index, m.index);
        continue;
      }
      this.visible(index, m.index, piece);
      if (inLink) this.linkChars += piece.length;
    }
  }

  take(block: Element): Run | null {
    const run = this.length
      ? { block, nodes: this.nodes, text: this.parts.join(''), linkChars: this.linkChars, segments: Int32Array.from(this.segments) }
      : null;
    this.nodes = [];
    this.parts = [];
    this.segments = [];
    this.length = 0;
    this.linkChars = 0;
    this.pending = null;
    return run;
  }
}

/**
 * Collects the runs under `root` in document order. `skip` prunes whole
 * subtrees (menus, comments, Isnad's own card…).
 */
export function collectRuns(root: Element, skip: (el: Element) => boolean = () => false): Run[] {
  const runs: Run[] = [];
  const builder = new RunBuilder();
  const flush = (block: Element) => {
    const run = builder.take(block);
    if (run) runs.push(run);
  };
  const visit = (parent: Node, block: Element, inLink: boolean) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        builder.add(child as Text, inLink);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (isNeverText(el) || skip(el)) continue;
      if (isBlock(el)) {
        flush(block);
        visit(el, el, false);
        flush(el);
      } else {
        visit(el, block, inLink || el.tagName === 'A');
      }
    }
  };
  visit(root, root, false);
  flush(root);
  return runs;
}

/** A piece of one text node: [from, to) inside `node`. */
export interface NodePiece {
  node: Text;
  from: number;
  to: number;
}

/** Index of the segment holding character `at` of the run's text. */
function segmentAt(run: Run, at: number): number {
  const seg = run.segments;
  let lo = 0;
  let hi = seg.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (seg[mid * 3] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Maps [start, end) of `run.text` back to pieces of text nodes, in order. */
export function piecesOf(run: Run, start: number, end: number): NodePiece[] {
  const seg = run.segments;
  const count = seg.length / 3;
  const pieces: NodePiece[] = [];
  for (let i = segmentAt(run, start); i < count && seg[i * 3] < end; i++) {
    const textStart = seg[i * 3];
    const textEnd = i + 1 < count ? seg[i * 3 + 3] : run.text.length;
    const node = run.nodes[seg[i * 3 + 1]];
    const from = seg[i * 3 + 2] + Math.max(0, start - textStart);
    const to = seg[i * 3 + 2] + Math.min(end, textEnd) - textStart;
    const last = pieces[pieces.length - 1];
    if (last && last.node === node && last.to === from) last.to = to;
    else if (last && last.node === node && last.to < from && node.data.slice(last.to, from).trim() === '') last.to = to;
    else pieces.push({ node, from, to });
  }
  // Whitespace-only pieces at the edges add nothing; inside a claim (the
  // space between "<b>2059</b> <a>مصابا</a>") they keep the highlight whole.
  const blank = (p: NodePiece) => p.node.data.slice(p.from, p.to).trim() === '';
  while (pieces.length && blank(pieces[0])) pieces.shift();
  while (pieces.length && blank(pieces[pieces.length - 1])) pieces.pop();
  return pieces;
}
