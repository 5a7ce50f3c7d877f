/**
 * Counts the SQL statements this process sends, for the page-budget test and `npm run bench --
 * pages` (CLAIMDESK_SQL_TALLY=1 only; never in production). Fed by Prisma's query events, read
 * and reset through /api/debug/sql-tally while nothing else runs in the process.
 */
export interface TalliedStatement {
  query: string;
  /** Prisma's parameters, as the JSON text its query event carries. */
  params: string;
  durationMs: number;
}

export interface SqlTally {
  count: number;
  statements: TalliedStatement[];
}

/** Enough to replay a page's statements; a runaway page still only keeps this many. */
const KEPT_STATEMENTS = 500;

const globalForTally = globalThis as unknown as { claimdeskSqlTally?: SqlTally };

export function recordStatement(statement: TalliedStatement): void {
  const tally = (globalForTally.claimdeskSqlTally ??= { count: 0, statements: [] });
  tally.count += 1;
  if (tally.statements.length < KEPT_STATEMENTS) tally.statements.push(statement);
}

/** The statements since the last call, and a fresh start. */
export function takeSqlTally(): SqlTally {
  const tally = globalForTally.claimdeskSqlTally ?? { count: 0, statements: [] };
  globalForTally.claimdeskSqlTally = { count: 0, statements: [] };
  return tally;
}
