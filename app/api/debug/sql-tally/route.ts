import { notFound } from "next/navigation";
import { appEnv } from "@/lib/config/env";
import { takeSqlTally } from "@/lib/sql-tally";

export const dynamic = "force-dynamic";

/**
 * GET /api/debug/sql-tally — the SQL statements this process ran since the last call, then a
 * fresh count. Exists only with CLAIMDESK_SQL_TALLY=1 (the page-budget test, the page
 * benchmark); everywhere else it is a 404 like any unknown path.
 */
export function GET() {
  if (appEnv().CLAIMDESK_SQL_TALLY !== "1") notFound();
  return Response.json(takeSqlTally(), { headers: { "cache-control": "no-store" } });
}
