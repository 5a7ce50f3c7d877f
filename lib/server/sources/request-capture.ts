import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { enqueueJob } from "@/lib/server/jobs/job-queue";
import { wakeJobWorker } from "@/lib/server/jobs/job-wake";

/** Queues a new capture of a source's page, unless one is already waiting (then it runs now) or running. */
export async function requestCapture(member: Member, input: { sourceId: string }): Promise<{ jobId: string }> {
  assertCan(member, "source.update");
  const jobId = await db.$transaction(async (tx) => {
    const source = await tx.source.findFirst({
      where: { id: input.sourceId, teamId: member.teamId },
      select: { id: true, url: true },
    });
    if (!source) throw new AppError("NOT_FOUND");
    if (!source.url) throw new AppError("BAD_INPUT", "Nothing to capture", { reason: "noUrlToCapture" });
    // Serialises concurrent requests for this source, so two clicks queue one capture.
    await tx.$queryRaw`SELECT id FROM "Source" WHERE id = ${source.id}::uuid FOR UPDATE`;
    const pending = await tx.job.findFirst({
      where: { subjectId: source.id, kind: "source.capture", status: { in: ["QUEUED", "RUNNING"] } },
      select: { id: true, status: true, attempts: true },
    });
    if (pending) {
      // A retry of an unreachable site waits minutes for its turn: asked for now, it runs now.
      if (pending.status === "QUEUED" && pending.attempts > 0) {
        await tx.job.update({ where: { id: pending.id }, data: { runAfter: new Date() } });
        await recordAuditEvent(tx, {
          teamId: member.teamId,
          actorId: member.userId,
          action: "source.captureRequested",
          entityType: "Source",
          entityId: source.id,
          after: { jobId: pending.id, retryNow: true },
        });
      }
      return pending.id;
    }
    const job = await enqueueJob(tx, {
      teamId: member.teamId,
      kind: "source.capture",
      subjectId: source.id,
      payload: { sourceId: source.id },
      createdById: member.userId,
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "source.captureRequested",
      entityType: "Source",
      entityId: source.id,
      after: { jobId: job.id },
    });
    return job.id;
  });
  wakeJobWorker();
  return { jobId };
}
