import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { isUnreachableCode } from "@/lib/domain/sources/capture-health";
import { completeJob, reportProgress, retryJobLater, type TakenJob } from "@/lib/server/jobs/job-queue";
import { capturePage, type PageCapture } from "@/lib/server/net/capture-page";
import { announceSourceCapture } from "@/lib/server/webhooks/announce";
import { guessSourceOrigin } from "./guess-source-origin";

const ZCapturePayload = z.object({ sourceId: z.uuid() });

/** An unreachable site is tried again after 5 minutes, then 10 (three attempts in all, the job's default). */
export const UNREACHABLE_RETRY_MS = 5 * 60_000;

/**
 * The "source.capture" job: fetches the source's page through the SSRF-safe fetcher and
 * stores a new snapshot (never overwriting an old one), filling the source's empty fields
 * from the page. The snapshot, those fields, the audit event and the job's completion are
 * one transaction, so a crash leaves either all of it or none, and the retry starts clean.
 * A site that can't be reached (DNS, refused, timeout) is recorded as such, and the job goes back
 * in the queue to try again later while it has attempts left.
 */
export async function captureSourceJob(job: TakenJob): Promise<void> {
  const { sourceId } = ZCapturePayload.parse(job.payload);
  const source = await db.source.findFirst({
    where: { id: sourceId, teamId: job.teamId },
    select: {
      id: true,
      url: true,
      title: true,
      outlet: true,
      author: true,
      publishedAt: true,
      language: true,
      originId: true,
    },
  });
  if (!source?.url) {
    await db.$transaction((tx) => completeJob(tx, job, { skipped: "no source or no URL" }));
    return;
  }
  await reportProgress(job, 10, "fetching");
  const capture = await capturePage(source.url);
  await reportProgress(job, 80, "saving");

  await db.$transaction(async (tx) => {
    const snapshot = await tx.sourceSnapshot.create({
      data: {
        sourceId: source.id,
        requestedUrl: capture.requestedUrl,
        finalUrl: capture.finalUrl,
        httpStatus: capture.httpStatus,
        contentType: capture.contentType,
        title: capture.title,
        text: capture.text,
        sha256: capture.sha256,
        textSha256: capture.textSha256,
        byteLength: capture.byteLength,
        errorCode: capture.errorCode,
        capturedById: null,
      },
      select: { id: true },
    });
    const filled = fieldsToFill(source, capture);
    // Who the page says it relies on, offered until someone sets the origin.
    const guess = !source.originId && capture.text ? await guessSourceOrigin(tx, job.teamId, capture.text) : null;
    if (guess)
      Object.assign(filled, { suggestedOrigin: { connect: { id: guess.entityId } }, suggestedOriginCue: guess.cue });
    if (Object.keys(filled).length > 0) {
      await tx.source.update({ where: { id: source.id }, data: { ...filled, version: { increment: 1 } } });
    }
    await recordAuditEvent(tx, {
      teamId: job.teamId,
      actorId: job.createdById,
      action: "source.capture",
      entityType: "Source",
      entityId: source.id,
      after: {
        snapshotId: snapshot.id,
        httpStatus: capture.httpStatus,
        errorCode: capture.errorCode,
        sha256: capture.sha256,
        jobId: job.id,
        filled: JSON.parse(JSON.stringify(filled)) as Prisma.InputJsonValue,
      },
    });
    if (isUnreachableCode(capture.errorCode)) {
      const retrying = await retryJobLater(tx, job, capture.errorCode!, UNREACHABLE_RETRY_MS * job.attempts);
      if (retrying) return;
    }
    await completeJob(tx, job, {
      snapshotId: snapshot.id,
      httpStatus: capture.httpStatus,
      errorCode: capture.errorCode,
    });
    // After the job is done, so the announced source reads as captured, not as capturing.
    await announceSourceCapture(tx, { teamId: job.teamId, sourceId: source.id, snapshotId: snapshot.id });
  });
}

/** Only what the fact-checker left empty; a title that is still the bare URL counts as empty. */
function fieldsToFill(
  source: {
    url: string | null;
    title: string;
    outlet: string | null;
    author: string | null;
    publishedAt: Date | null;
    language: string | null;
  },
  capture: PageCapture,
): Prisma.SourceUpdateInput {
  const filled: Prisma.SourceUpdateInput = {};
  if (capture.title && source.title === source.url) filled.title = capture.title.slice(0, 500);
  if (!source.outlet && capture.meta.siteName) filled.outlet = capture.meta.siteName.slice(0, 200);
  if (!source.author && capture.meta.byline) filled.author = capture.meta.byline.slice(0, 200);
  const published = capture.meta.publishedTime ? new Date(capture.meta.publishedTime) : null;
  if (!source.publishedAt && published && !Number.isNaN(published.getTime())) filled.publishedAt = published;
  const lang = capture.meta.lang?.trim();
  if (!source.language && lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/i.test(lang))
    filled.language = lang.toLowerCase().split("-")[0];
  return filled;
}
