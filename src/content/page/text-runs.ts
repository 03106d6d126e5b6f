/**
 * Turns a subtree into "runs": the text of one block (a paragraph, a heading,
 * a list item, a stretch between <br>s) made of all its text nodes, inline
 * tags included, so a claim split by <b> or <a> is still one string.
 *
 * Whitespace is collapsed as the browser shows it, and every character of a
 * run's text remembers where it came from:
 *
 *   nodes:   "بلغ " | <b>"5"</b> | "  مليار دولار"
 *   text:    "بلغ 5 مليار دولار"
 *   nodeAt:   0000 1 2222222222…      (index into nodes)
 *   offsetAt: 0123 0 1345678…          (offset inside that node)
 */

export interface Run {
  /** The nearest block element that holds the run. */
  block: Element;
  nodes: Text[];
  text: string;
  nodeAt: Int32Array;
  offsetAt: Int32Array;
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

class RunBuilder {
  nodes: Text[] = [];
  chars: string[] = [];
  nodeAt: number[] = [];
  offsetAt: number[] = [];
  linkChars = 0;
  /** A space is owed before the next visible character. */
  pendingSpace = false;
  pendingAt: [number, number] = [0, 0];

  add(node: Text, inLink: boolean): void {
    const data = node.data;
    const index = this.nodes.push(node) - 1;
    for (let i = 0; i < data.length; i++) {
      const c = data[i];
      if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0') {
        if (!this.pendingSpace && this.chars.length) {
          this.pendingSpace = true;
          this.pendingAt = [index, i];
        }
        continue;
      }
      if (this.pendingSpace) {
        this.chars.push(' ');
        this.nodeAt.push(this.pendingAt[0]);
        this.offsetAt.push(this.pendingAt[1]);
        this.pendingSpace = false;
      }
      this.chars.push(c);
      this.nodeAt.push(index);
      this.offsetAt.push(i);
      if (inLink) this.linkChars++;
    }
  }

  take(block: Element): Run | null {
    const run = this.chars.length
      ? {
        block, nodes: this.nodes, text: this.chars.join(''), linkChars: this.linkChars,
        nodeAt: Int32Array.from(this.nodeAt), offsetAt: Int32Array.from(this.offsetAt),
      }
      : null;
    this.nodes = [];
    this.chars = [];
    this.nodeAt = [];
    this.offsetAt = [];
    this.linkChars = 0;
    this.pendingSpace = false;
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

/** Maps [start, end) of `run.text` back to pieces of text nodes, in order. */
export function piecesOf(run: Run, start: number, end: number): NodePiece[] {
  const pieces: NodePiece[] = [];
  for (let i = start; i < end; i++) {
    const node = run.nodes[run.nodeAt[i]];
    const at = run.offsetAt[i];
    const last = pieces[pieces.length - 1];
    if (last && last.node === node) last.to = at + 1;
    else pieces.push({ node, from: at, to: at + 1 });
  }
  // Whitespace-only pieces at the edges add nothing; inside a claim (the
  // space between "<b>2059</b> <a>مصابا</a>") they keep the highlight whole.
  const blank = (p: NodePiece) => p.node.data.slice(p.from, p.to).trim() === '';
  while (pieces.length && blank(pieces[0])) pieces.shift();
  while (pieces.length && blank(pieces[pieces.length - 1])) pieces.pop();
  return pieces;
}
