import "server-only";
import { db } from "@/lib/db";
import { enqueueJob } from "@/lib/server/jobs/job-queue";
import { wakeJobWorker } from "@/lib/server/jobs/job-wake";
import { DASHBOARD_JOB_KIND } from "./dashboard-rollup";

/** A request whose job never ran (its process died before queueing it) is made again after this long. */
const REQUEST_RETRY_MS = 5 * 60_000;

/**
 * Queues a refresh of the team's stored figures unless one is pending already: at most one per team,
 * however many people open the dashboard at once. Whoever marks the rollup row first queues the job;
 * the job clears the mark when it stores new figures. Returns whether a job was queued.
 */
export async function requestDashboardRefresh(teamId: string, now: Date): Promise<boolean> {
  const marked = await db.teamDashboardRollup.updateMany({
    where: {
      teamId,
      OR: [{ refreshRequestedAt: null }, { refreshRequestedAt: { lt: new Date(now.getTime() - REQUEST_RETRY_MS) } }],
    },
    data: { refreshRequestedAt: now },
  });
  if (marked.count === 0) return false;
  // A job still waiting for a worker (none may run while CLAIMDESK_JOB_WORKER=off) is not doubled.
  // Refresh jobs name their team as subject, so this reads the Job_subjectId_createdAt index.
  const pending = await db.job.findFirst({
    where: { subjectId: teamId, kind: DASHBOARD_JOB_KIND, status: { in: ["QUEUED", "RUNNING"] } },
    select: { id: true },
  });
  if (pending) return false;
  await enqueueJob(db, { teamId, kind: DASHBOARD_JOB_KIND, subjectId: teamId, payload: {}, createdById: null });
  wakeJobWorker();
  return true;
}
