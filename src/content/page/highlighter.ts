/**
 * Wraps claims in inline <isnad-mark> elements and takes them out again,
 * leaving the page's text nodes exactly as they were.
 *
 * A text node holding claims is split at every claim boundary into "atoms";
 * the original node stays as the first atom, so a page script that keeps a
 * reference to it still holds the start of its text:
 *
 *   "قتل 121 شخصا في سنار"  →  "قتل " <isnad-mark>"121 شخصا"</isnad-mark> " في " <isnad-mark>"سنار"</isnad-mark>
 *    ^ original node            atom                                   atom          atom
 *
 * Unwrapping joins the atoms back into the original node (unless the page
 * rewrote it meanwhile, in which case its new text wins) and removes marks.
 * Claims inside claims (a figure inside a quotation) become nested marks.
 */
import type { ClaimKind } from '../../engine/types.ts';
import type { ClaimVerdict } from '../../platform/protocol.ts';
import { markStyle } from './mark-style.ts';
import type { NodePiece } from './text-runs.ts';

export const MARK_TAG = 'isnad-mark';

export interface MarkSpec {
  id: number;
  kind: ClaimKind;
  verdict: ClaimVerdict;
  label: string;
  pieces: NodePiece[];
}

interface Split {
  atoms: Text[];
  /** Where each atom starts in the original node's text. */
  cuts: number[];
  /** The first atom's text right after splitting, to notice page rewrites. */
  firstData: string;
}

export class Highlighter {
  private splits = new Map<Text, Split>();
  private marks = new Map<number, HTMLElement[]>();
  /** Marks this highlighter made: a page's own <isnad-mark> look-alikes are not among them. */
  private own = new WeakSet<Element>();
  private templates = new Map<string, HTMLElement>();

  constructor(private readonly doc: Document) {}

  /** True for a mark this highlighter made (not a look-alike the page put there). */
  owns(el: Element): boolean {
    return this.own.has(el);
  }

  /** Every mark of claim `id`, first piece first. */
  marksOf(id: number): HTMLElement[] {
    return this.marks.get(id) ?? [];
  }

  get size(): number {
    return this.marks.size;
  }

  /**
   * Wraps the given claims. All claims touching one text node must come in
   * the same call (callers wrap one block at a time), outer claims first.
   */
  wrap(specs: MarkSpec[]): void {
    const bounds = new Map<Text, Set<number>>();
    for (const spec of specs) {
      for (const p of spec.pieces) {
        if (!p.node.isConnected || this.splits.has(p.node)) continue;
        let set = bounds.get(p.node);
        if (!set) bounds.set(p.node, (set = new Set()));
        set.add(p.from).add(p.to);
      }
    }
    for (const [node, set] of bounds) this.split(node, set);
    for (const spec of specs) this.wrapSpec(spec);
  }

  /**
   * Cuts a node into atoms in one pass: the original keeps the first piece
   * and new nodes take the rest. (splitText from the end copies the
   * remaining text at every cut, which is quadratic: a one-megabyte
   * paragraph with thousands of claims took minutes and crashed the tab.)
   */
  private split(node: Text, set: Set<number>): void {
    const data = node.data;
    const cuts = [0, ...[...set].filter((c) => c > 0 && c < data.length).sort((a, b) => a - b)];
    const atoms: Text[] = [node];
    if (cuts.length > 1) {
      const rest = this.doc.createDocumentFragment();
      for (let i = 1; i < cuts.length; i++) {
        const atom = this.doc.createTextNode(data.slice(cuts[i], i + 1 < cuts.length ? cuts[i + 1] : data.length));
        atoms.push(atom);
        rest.appendChild(atom);
      }
      node.data = data.slice(0, cuts[1]);
      node.parentNode!.insertBefore(rest, node.nextSibling);
    }
    this.splits.set(node, { atoms, cuts, firstData: node.data });
  }

  /** Index of the first atom starting at or after `offset`. */
  private static firstAtom(cuts: number[], offset: number): number {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private wrapSpec(spec: MarkSpec): void {
    const created: HTMLElement[] = [];
    for (const piece of spec.pieces) {
      const split = this.splits.get(piece.node);
      if (!split) continue;
      const atoms: Text[] = [];
      for (let i = Highlighter.firstAtom(split.cuts, piece.from); i < split.cuts.length && split.cuts[i] < piece.to; i++) atoms.push(split.atoms[i]);
      // Atoms of one piece share a parent unless a partly overlapping claim
      // wrapped some of them already: then each run of siblings gets a mark.
      let group: Text[] = [];
      const flush = () => {
        if (group.length) created.push(this.mark(spec, group, created.length === 0));
        group = [];
      };
      for (const atom of atoms) {
        const prev = group[group.length - 1];
        if (prev && (prev.parentNode !== atom.parentNode || prev.nextSibling !== atom)) flush();
        group.push(atom);
      }
      flush();
    }
    if (created.length) this.marks.set(spec.id, created);
  }

  /**
   * An unattached mark of each kind and verdict, its style and fixed
   * attributes set once: a mark is a copy of one, so the browser parses a
   * mark's twenty declarations once per kind, not once per highlight.
   */
  private templateOf(kind: ClaimKind, verdict: ClaimVerdict): HTMLElement {
    const id = `${kind} ${verdict}`;
    let el = this.templates.get(id);
    if (!el) {
      el = this.doc.createElement(MARK_TAG);
      el.dataset.isnadKind = kind;
      el.dataset.isnadVerdict = verdict;
      el.style.cssText = markStyle(kind, verdict);
      el.setAttribute('role', 'button');
      el.setAttribute('aria-haspopup', 'dialog');
      el.setAttribute('aria-expanded', 'false');
      this.templates.set(id, el);
    }
    return el;
  }

  private mark(spec: MarkSpec, atoms: Text[], first: boolean): HTMLElement {
    const el = this.templateOf(spec.kind, spec.verdict).cloneNode(false) as HTMLElement;
    this.own.add(el);
    el.dataset.isnadClaim = String(spec.id);
    el.setAttribute('aria-description', spec.label);
    // One tab stop per claim, however many pieces it has.
    el.tabIndex = first ? 0 : -1;
    atoms[0].parentNode!.insertBefore(el, atoms[0]);
    for (const atom of atoms) el.appendChild(atom);
    return el;
  }

  setVerdict(id: number, verdict: ClaimVerdict, label: string): void {
    for (const el of this.marksOf(id)) {
      el.dataset.isnadVerdict = verdict;
      el.style.cssText = markStyle(el.dataset.isnadKind as ClaimKind, verdict);
      el.setAttribute('aria-description', label);
    }
  }

  /** Puts the page back as it was. */
  unwrapAll(): void {
    for (const [node, split] of this.splits) {
      const rest = split.atoms.slice(1);
      if (node.data === split.firstData) node.data += rest.map((a) => a.data).join('');
      for (const atom of rest) atom.remove();
    }
    for (const list of this.marks.values()) {
      for (const el of list) {
        if (el.parentNode) el.replaceWith(...el.childNodes);
      }
    }
    this.splits.clear();
    this.marks.clear();
  }
}
