/**
 * A statement's id packs its article's id and its ordinal among the
 * article's stored statements, so a posting leads straight to the row that
 * holds it:
 *
 *   id = articleId × 4096 + ordinal      row key = [articleId, ordinal ÷ 4]
 *
 * Ids stay below 2^53 for article ids up to 2^41.
 */
export const STATEMENT_SPAN = 4096;

/**
 * Statements per row. One row per statement costs a write request each (the
 * dearest thing in IndexedDB); one row per article makes a candidate read
 * drag the whole article's statements along. Measured in Chromium at 100,000
 * articles of 25 statements: fetching the 200 winning rows took 100–200 ms
 * with one row per article, 42–45 ms with rows of four (126 ms right after
 * the bulk write, with nothing cached).
 */
export const STATEMENTS_PER_ROW = 4;

export function statementId(articleId: number, ordinal: number): number {
  return articleId * STATEMENT_SPAN + ordinal;
}

export function articleOf(statementId: number): number {
  return Math.floor(statementId / STATEMENT_SPAN);
}

export function ordinalOf(statementId: number): number {
  return statementId % STATEMENT_SPAN;
}

/** Primary key of the statements row that holds a statement. */
export function rowKeyOf(statementId: number): [number, number] {
  return [articleOf(statementId), Math.floor(ordinalOf(statementId) / STATEMENTS_PER_ROW)];
}
