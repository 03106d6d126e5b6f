import { fold, toOriginal } from '../../src/engine/normalize/fold.ts';
import { tokenize } from '../../src/engine/segment/tokens.ts';
import { extractFigures } from '../../src/engine/extract/figures.ts';
import type { Qualifier } from '../../src/engine/types.ts';

export interface Seen {
  /** The span in the original text. */
  text: string;
  value: number;
  valueMax?: number;
  unit: string;
  qualifier: Qualifier;
}

/** Figures of `text` as the pipeline finds them, with their spans mapped back to the original. */
export function figuresOf(text: string): Seen[] {
  const f = fold(text);
  return extractFigures(f.text, tokenize(f.text)).map((g) => {
    const o = toOriginal(f, g.start, g.end);
    const seen: Seen = { text: text.slice(o.start, o.end), value: g.value, unit: g.unit, qualifier: g.qualifier };
    if (g.valueMax !== undefined) seen.valueMax = g.valueMax;
    return seen;
  });
}

/** The one figure of `text` (fails the test if there is not exactly one). */
export function onlyFigure(text: string): Seen {
  const all = figuresOf(text);
  if (all.length !== 1) throw new Error(`expected one figure in «${text}», got ${JSON.stringify(all)}`);
  return all[0];
}
