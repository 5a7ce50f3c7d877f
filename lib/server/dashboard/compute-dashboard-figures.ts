import "server-only";
import { db } from "@/lib/db";
import { CLAIM_STATUSES, type TClaimStatus } from "@/lib/schemas/claims";
import type { TDashboardFigures } from "./dashboard-rollup";

const DAYS = 30;
const DAY_MS = 86_400_000;
const OPEN: TClaimStatus[] = ["NEW", "IN_PROGRESS", "CHANGES_REQUESTED"];
const DONE: TClaimStatus[] = ["APPROVED", "PUBLISHED", "CORRECTED"];

/**
 * Counts one team's dashboard figures as of `now`: four aggregates over its claims, run at once.
 * This reads every claim of the team, so only the refresh job and small teams call it.
 *
 * A correction draft (a published claim reopened, IN_PROGRESS with publishedVersion > 0) counts
 * where its status says: in progress, open work for its person, and no longer among the approved
 * per day until it is approved again.
 */
export async function computeDashboardFigures(teamId: string, now: Date): Promise<TDashboardFigures> {
  const since = new Date(now.getTime() - DAYS * DAY_MS);
  const [byStatus, byVerdict, perDay, byPerson] = await Promise.all([
    db.claim.groupBy({ by: ["status"], where: { teamId }, _count: { _all: true } }),
    db.claim.groupBy({ by: ["verdictId"], where: { teamId, verdictId: { not: null } }, _count: { _all: true } }),
    db.$queryRaw<{ day: string; count: bigint }[]>`
      SELECT to_char(date_trunc('day', "reviewedAt"), 'YYYY-MM-DD') AS day, count(*) AS count
      FROM "Claim" WHERE "teamId" = ${teamId}::uuid AND "reviewedAt" >= ${since} AND status IN ('APPROVED', 'PUBLISHED', 'CORRECTED')
      GROUP BY 1 ORDER BY 1`,
    // Unassigned claims count for whoever created them: someone is carrying that work.
    db.$queryRaw<{ userId: string; status: TClaimStatus; count: bigint }[]>`
      SELECT COALESCE("assigneeId", "createdById") AS "userId", status, count(*) AS count
      FROM "Claim" WHERE "teamId" = ${teamId}::uuid AND COALESCE("assigneeId", "createdById") IS NOT NULL
      GROUP BY 1, 2`,
  ]);
  const statusCount = new Map(byStatus.map((row) => [row.status, row._count._all]));
  const perDayCount = new Map(perDay.map((row) => [row.day, Number(row.count)]));
  const workload = new Map<string, { userId: string; open: number; inReview: number; done: number }>();
  for (const row of byPerson) {
    const person = workload.get(row.userId) ?? { userId: row.userId, open: 0, inReview: 0, done: 0 };
    const bucket = OPEN.includes(row.status)
      ? "open"
      : row.status === "IN_REVIEW"
        ? "inReview"
        : DONE.includes(row.status)
          ? "done"
          : null;
    if (bucket) person[bucket] += Number(row.count);
    workload.set(row.userId, person);
  }
  return {
    statusCounts: CLAIM_STATUSES.map((status) => ({ status, count: statusCount.get(status) ?? 0 })),
    verdictCounts: byVerdict.map((row) => ({ labelId: row.verdictId!, count: row._count._all })),
    checkedPerDay: Array.from({ length: DAYS }, (_, index) => {
      const day = new Date(since.getTime() + (index + 1) * DAY_MS).toISOString().slice(0, 10);
      return { day, count: perDayCount.get(day) ?? 0 };
    }),
    workload: [...workload.values()],
  };
}
