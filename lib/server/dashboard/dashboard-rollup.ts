import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { CLAIM_STATUSES } from "@/lib/schemas/claims";
import type { JobKind } from "@/lib/server/jobs/job-queue";

/**
 * The dashboard's figures as counted at one moment: what the dashboard.refresh job stores per team
 * (TeamDashboardRollup.figures) and what a live count returns. Labels and people are kept as ids and
 * named when shown, so a renamed label or person reads right at once.
 */
const count = z.number().int().nonnegative();
export const ZDashboardFigures = z.object({
  statusCounts: z.array(z.object({ status: z.enum(CLAIM_STATUSES), count })),
  verdictCounts: z.array(z.object({ labelId: z.string(), count })),
  /** Claims approved per day over the 30 days up to the count (UTC dates, oldest first). */
  checkedPerDay: z.array(z.object({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), count })),
  /** Per person (the assignee, else the creator): claims by where they stand. */
  workload: z.array(z.object({ userId: z.string(), open: count, inReview: count, done: count })),
});
export type TDashboardFigures = z.infer<typeof ZDashboardFigures>;

export const DASHBOARD_JOB_KIND = "dashboard.refresh" satisfies JobKind;

/** Figures older than this are refreshed in the background; the page shows them meanwhile, with their time. */
export const DASHBOARD_STALE_MS = 60_000;

/**
 * Up to this many claims a team's figures are counted on each view (a few milliseconds), so a small
 * team sees its own change at once; above it the dashboard reads the stored figures.
 */
export const LIVE_CLAIM_LIMIT = 1_000;

export interface StoredDashboardRollup {
  figures: TDashboardFigures;
  computedAt: Date;
}

export function claimsCounted(figures: TDashboardFigures): number {
  return figures.statusCounts.reduce((total, row) => total + row.count, 0);
}

/** The team's stored figures, or null when there are none yet (or they no longer parse: counted again). */
export async function readDashboardRollup(teamId: string): Promise<StoredDashboardRollup | null> {
  const row = await db.teamDashboardRollup.findUnique({
    where: { teamId },
    select: { figures: true, computedAt: true },
  });
  if (!row) return null;
  const figures = ZDashboardFigures.safeParse(row.figures);
  return figures.success ? { figures: figures.data, computedAt: row.computedAt } : null;
}

/**
 * Stores figures counted at `computedAt`, unless newer ones are stored already (a live count and a
 * refresh job may finish in either order).
 */
export async function saveDashboardRollup(
  client: Tx | typeof db,
  rollup: { teamId: string; figures: TDashboardFigures; computedAt: Date },
): Promise<void> {
  const figures = JSON.stringify(ZDashboardFigures.parse(rollup.figures));
  // Timestamps are stored as UTC without a zone (Prisma's TIMESTAMP(3)).
  const computedAt = rollup.computedAt.toISOString();
  await client.$executeRaw`
    INSERT INTO "TeamDashboardRollup" ("teamId", figures, "computedAt")
    VALUES (${rollup.teamId}::uuid, ${figures}::jsonb, (${computedAt}::timestamptz AT TIME ZONE 'UTC'))
    ON CONFLICT ("teamId") DO UPDATE SET
      figures = EXCLUDED.figures,
      "computedAt" = EXCLUDED."computedAt"
    WHERE "TeamDashboardRollup"."computedAt" < EXCLUDED."computedAt"`;
}
