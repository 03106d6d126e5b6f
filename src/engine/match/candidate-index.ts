import type { NumberClaim } from '../types.ts';
import { claimIndexKeys } from '../keys/statement-keys.ts';
import { sentenceContext, type SentenceContext } from './context.ts';
import { figureWords } from './figure-words.ts';
import type { CandidateStatement } from './types.ts';

/** A candidate statement with what matching reads of it, computed once per page. */
export interface PreparedCandidate {
  statement: CandidateStatement;
  context: SentenceContext;
  keys: Set<string>;
  /** Its figures in order, and the words around one of them (figure-words.ts). */
  figures: NumberClaim[];
  aroundOther: (o: NumberClaim) => string[];
}

function keysOf(c: CandidateStatement): Iterable<string> {
  // The store hands over the keys it indexed the statement under; anything
  // else (tests, other designs) has them derived as the store would.
  if (c.keys) return c.keys;
  const keys = new Set<string>();
  for (const claim of c.claims) for (const k of claimIndexKeys(claim, c.text, c.start)) keys.add(k);
  return keys;
}

function prepare(c: CandidateStatement): PreparedCandidate {
  const figures = c.claims.filter((x): x is NumberClaim => x.kind === 'number');
  return {
    statement: c,
    context: sentenceContext(c.text, c.claims),
    keys: new Set(keysOf(c)),
    figures,
    aroundOther: (o) => figureWords(c, figures, o),
  };
}

function add(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/**
 * The candidates of one page, indexed by key and by name, so a claim visits
 * only the statements it could match: those that carry one of its keys or
 * mention a name of its sentence. Every other pair would be skipped anyway,
 * after paying for its context score.
 *
 *   byKey  "num:killed:112" → [3, 17, 40]      (ascending candidate order)
 *   byName "person:…"       → [3, 9]
 */
export class CandidateIndex {
  readonly list: PreparedCandidate[];
  private readonly byKey = new Map<string, number[]>();
  private readonly byName = new Map<string, number[]>();
  private readonly seen: Uint32Array;
  private visit = 0;

  constructor(candidates: CandidateStatement[]) {
    this.list = candidates.map(prepare);
    this.list.forEach((c, i) => {
      for (const k of c.keys) add(this.byKey, k, i);
      for (const n of c.context.names) add(this.byName, n, i);
    });
    this.seen = new Uint32Array(candidates.length);
  }

  /** Indices of the candidates carrying one of `keys` or one of `names`, ascending (the order matching breaks ties by). */
  sharing(keys: Iterable<string>, names: Iterable<string>): number[] {
    const stamp = ++this.visit;
    const out: number[] = [];
    const collect = (list: number[] | undefined) => {
      if (!list) return;
      for (const i of list) {
        if (this.seen[i] === stamp) continue;
        this.seen[i] = stamp;
        out.push(i);
      }
    };
    for (const k of keys) collect(this.byKey.get(k));
    for (const n of names) collect(this.byName.get(n));
    return out.sort((a, b) => a - b);
  }
}
