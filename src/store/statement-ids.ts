/**
 * A statement's id is its article's id and its sentence index in one number:
 * a posting leads straight to the one row holding the article's statements.
 * Ids stay below 2^53 for article ids up to 2^41.
 */
export const STATEMENT_SPAN = 4096;

export function statementId(articleId: number, index: number): number {
  return articleId * STATEMENT_SPAN + index;
}

export function articleOf(statementId: number): number {
  return Math.floor(statementId / STATEMENT_SPAN);
}

export function indexOf(statementId: number): number {
  return statementId % STATEMENT_SPAN;
}
