import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Any constant will do; it only has to be the same for every writer of team names. */
const TEAM_NAME_LOCK = 0x7ea3_0a3e;

/**
 * Refuses a name another team already uses, ignoring case. The transaction-scoped advisory
 * lock makes check-then-write safe against a concurrent create or rename without a unique
 * index (and its migration); it is released when the caller's transaction ends.
 */
export async function assertTeamNameFree(tx: Tx, name: string, exceptTeamId?: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${TEAM_NAME_LOCK}::bigint)`;
  const taken = await tx.team.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptTeamId ? { id: { not: exceptTeamId } } : {}) },
    select: { name: true },
  });
  if (taken) {
    throw new AppError("CONFLICT", `A team named "${taken.name}" already exists (names are compared ignoring case)`, {
      reason: "teamNameTaken",
    });
  }
}
