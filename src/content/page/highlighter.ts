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

  constructor(private readonly doc: Document) {}

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

  private split(node: Text, set: Set<number>): void {
    const cuts = [0, ...[...set].filter((c) => c > 0 && c < node.length).sort((a, b) => a - b)];
    const atoms: Text[] = [node];
    for (let i = cuts.length - 1; i > 0; i--) atoms.splice(1, 0, node.splitText(cuts[i]));
    this.splits.set(node, { atoms, cuts, firstData: node.data });
  }

  private wrapSpec(spec: MarkSpec): void {
    const created: HTMLElement[] = [];
    for (const piece of spec.pieces) {
      const split = this.splits.get(piece.node);
      if (!split) continue;
      const atoms = split.atoms.filter((_, i) => split.cuts[i] >= piece.from && split.cuts[i] < piece.to);
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

  private mark(spec: MarkSpec, atoms: Text[], first: boolean): HTMLElement {
    const el = this.doc.createElement(MARK_TAG);
    el.dataset.isnadKind = spec.kind;
    el.dataset.isnadVerdict = spec.verdict;
    el.dataset.isnadClaim = String(spec.id);
    el.setAttribute('role', 'button');
    el.setAttribute('aria-haspopup', 'dialog');
    el.setAttribute('aria-expanded', 'false');
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
