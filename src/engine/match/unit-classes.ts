/**
 * Which counted things may be compared. Units are compared by class: a count
 * of people ('person') may be reported as troops or residents by another
 * outlet, but a death toll ('killed') and a count of injured never compare.
 * An unknown unit ('') compares only with another figure through shared
 * context, never by unit alone.
 */
const FAMILY: Record<string, string> = {
  person: 'people', troops: 'people', resident: 'people', displaced: 'people', detained: 'people',
};

export function sameUnit(a: string, b: string): boolean {
  return a !== '' && a === b;
}

/** True when two units may describe the same count. */
export function compatibleUnits(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === '' || b === '') return true;
  const fa = FAMILY[a];
  return fa !== undefined && fa === FAMILY[b];
}
