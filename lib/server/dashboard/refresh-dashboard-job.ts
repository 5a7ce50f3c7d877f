import "server-only";
import { db } from "@/lib/db";
import { completeJob, type TakenJob } from "@/lib/server/jobs/job-queue";
import { computeDashboardFigures } from "./compute-dashboard-figures";
import { DASHBOARD_JOB_KIND, saveDashboardRollup } from "./dashboard-rollup";

/**
 * The dashboard.refresh job: counts the team's figures (the job's own team, as queued by a member's
 * view) and stores them. Finished refresh jobs of the team are deleted with it, so a team viewed all
 * day keeps one row of them rather than one a minute.
 */
export async function refreshDashboardJob(job: TakenJob): Promise<void> {
  const computedAt = new Date();
  const figures = await computeDashboardFigures(job.teamId, computedAt);
  await db.$transaction(async (tx) => {
    await saveDashboardRollup(tx, { teamId: job.teamId, figures, computedAt });
    await tx.teamDashboardRollup.updateMany({ where: { teamId: job.teamId }, data: { refreshRequestedAt: null } });
    await tx.job.deleteMany({
      where: {
        subjectId: job.teamId,
        kind: DASHBOARD_JOB_KIND,
        status: { in: ["SUCCEEDED", "FAILED"] },
        id: { not: job.id },
      },
    });
    await completeJob(tx, job, null);
  });
}
