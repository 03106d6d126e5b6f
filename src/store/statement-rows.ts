import type { CorpusDb } from './db.ts';
import type { StatementsRow, StoredStatement } from './rows.ts';
import { statementId, STATEMENTS_PER_ROW } from './statement-ids.ts';

/** Splits an article's statements into rows of STATEMENTS_PER_ROW. */
export function statementRows(articleId: number, source: StatementsRow['source'], statements: StoredStatement[]): StatementsRow[] {
  const rows: StatementsRow[] = [];
  for (let at = 0; at < statements.length; at += STATEMENTS_PER_ROW) {
    rows.push({ articleId, group: at / STATEMENTS_PER_ROW, source, statements: statements.slice(at, at + STATEMENTS_PER_ROW) });
  }
  return rows;
}

function range(articleId: number): [[number, number], [number, number]] {
  return [[articleId, 0], [articleId, Infinity]];
}

/** The statement rows of each article, in order (one range read per article, all in parallel). */
export async function readStatementRows(db: CorpusDb, articleIds: number[]): Promise<StatementsRow[][]> {
  return Promise.all(articleIds.map((id) => db.statements.where('[articleId+group]').between(...range(id), true, true).toArray()));
}

export async function deleteStatementRows(db: CorpusDb, articleIds: number[]): Promise<void> {
  await Promise.all(articleIds.map((id) => db.statements.where('[articleId+group]').between(...range(id), true, true).delete()));
}

/** Each stored statement of the rows with its id. */
export function* statementsIn(rows: StatementsRow[]): Generator<{ id: number; articleId: number; statement: StoredStatement }> {
  for (const row of rows) {
    for (let i = 0; i < row.statements.length; i++) {
      yield { id: statementId(row.articleId, row.group * STATEMENTS_PER_ROW + i), articleId: row.articleId, statement: row.statements[i] };
    }
  }
}
