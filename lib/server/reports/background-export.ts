import "server-only";
import { z } from "zod";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { completeJob, enqueueJob, reportProgress, type TakenJob } from "@/lib/server/jobs/job-queue";
import { wakeJobWorker } from "@/lib/server/jobs/job-wake";
import { resolveClaimSet } from "./claim-sets";
import { countSetClaims, lacksPublicLink } from "./load-report-input";
import { ZClaimSet, type TClaimSet, type TParsedClaimSet } from "@/lib/schemas/report-sets";
import { announceExportFinished } from "@/lib/server/webhooks/announce";
import { assertReportFits, collect, openReport, REPORT_FORMATS, type ReportFormat } from "./export-report";

export interface ExportJobDto {
  jobId: string;
  format: ReportFormat;
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
  progress: number;
  stage: string | null;
  errorCode: string | null;
  fileName: string | null;
}

const ZExportPayload = z
  .object({
    /** Exports queued before reports of any set carry only their article. */
    articleId: z.uuid().optional(),
    set: ZClaimSet.optional(),
    format: z.enum(REPORT_FORMATS),
    locale: z.enum(LOCALES).default(DEFAULT_LOCALE),
  })
  .transform(({ articleId, set, ...rest }) => ({
    ...rest,
    set: set ?? ({ kind: "article", articleId: articleId ?? "" } as const),
  }));

/** Queues an export of an article's report (big reports take a while): the page stays usable and shows progress. */
export async function requestReportExport(
  member: Member,
  input: { articleId: string; format: ReportFormat; locale?: Locale },
): Promise<ExportJobDto> {
  return requestSetReportExport(member, { ...input, set: { kind: "article", articleId: input.articleId } });
}

/** Queues an export of any set of claims: an article's, a case's, a search's, a claimant's, a tag's. */
export async function requestSetReportExport(
  member: Member,
  input: { set: TClaimSet; format: ReportFormat; locale?: Locale },
): Promise<ExportJobDto> {
  assertCan(member, "report.export");
  const set = ZClaimSet.parse(input.set);
  // The set is checked now (it exists in this team), and resolved again when the job runs.
  const resolved = await resolveClaimSet(member.teamId, set);
  assertReportFits(input.format, await countSetClaims(member.teamId, resolved), { stored: true });
  const jobId = await db.$transaction(async (tx) => {
    // ClaimReview points at public pages: said now, rather than by a job failing later.
    if (input.format === "claimreview" && (await lacksPublicLink(member.teamId, resolved)))
      throw new AppError("BAD_INPUT", "Publish a public link first", { reason: "noPublicLink" });
    const job = await enqueueJob(tx, {
      teamId: member.teamId,
      kind: "report.export",
      subjectId: subjectOf(set),
      payload: { set, format: input.format, locale: input.locale ?? DEFAULT_LOCALE },
      createdById: member.userId,
      maxAttempts: 2,
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "report.export",
      entityType: ENTITY_TYPES[set.kind],
      entityId: subjectOf(set) ?? member.teamId,
      after: { format: input.format, jobId: job.id, scope: resolved.scope.kind, title: resolved.scope.title },
    });
    return job.id;
  });
  wakeJobWorker();
  return getExportJob(member, { jobId });
}

const ENTITY_TYPES = { article: "Article", case: "Case", claimant: "Entity", tag: "Tag", search: "Team" } as const;

/** The record the export is of (a search is of the team's claims: none). */
function subjectOf(set: TParsedClaimSet): string | null {
  switch (set.kind) {
    case "article":
      return set.articleId;
    case "case":
      return set.caseId;
    case "claimant":
      return set.entityId;
    case "tag":
      return set.tagId;
    case "search":
      return null;
  }
}

export async function getExportJob(member: Member, input: { jobId: string }): Promise<ExportJobDto> {
  assertCan(member, "report.export");
  const job = await db.job.findFirst({ where: { id: input.jobId, teamId: member.teamId, kind: "report.export" } });
  if (!job) throw new AppError("NOT_FOUND");
  const file =
    job.status === "SUCCEEDED"
      ? await db.reportFile.findUnique({ where: { jobId: job.id }, select: { fileName: true } })
      : null;
  return {
    jobId: job.id,
    format: ZExportPayload.parse(job.payload).format,
    status: job.status,
    progress: job.progress,
    stage: job.stage,
    errorCode: job.errorCode,
    fileName: file?.fileName ?? null,
  };
}

/** The finished file, for the download route; only the exporting team's editors reach it. */
export async function readExportFile(member: Member, input: { jobId: string }) {
  assertCan(member, "report.export");
  const file = await db.reportFile.findFirst({ where: { jobId: input.jobId, teamId: member.teamId } });
  if (!file) throw new AppError("NOT_FOUND");
  return file;
}

/**
 * The "report.export" job: counts the claims, writes the report (progress follows the claims
 * written), stores the file. Reported between 5 and 90 %, the rest is storing it.
 */
export async function exportReportJob(job: TakenJob): Promise<void> {
  const payload = ZExportPayload.parse(job.payload);
  await reportProgress(job, 5, "loading");
  const set = await resolveClaimSet(job.teamId, payload.set);
  const total = await countSetClaims(job.teamId, set);
  // The set may have grown since it was queued.
  assertReportFits(payload.format, total, { stored: true });
  let written = 0;
  let reported = Promise.resolve();
  const opened = await openReport(job.teamId, set, payload.format, {
    locale: payload.locale,
    onClaims(count) {
      written += count;
      // Progress writes are chained, never concurrent, and awaited before the job completes.
      const progress = 5 + (85 * written) / Math.max(total, 1);
      reported = reported.then(() => reportProgress(job, progress, "rendering"));
    },
  });
  const file = await collect(opened);
  await reported;
  await reportProgress(job, 90, "saving");
  await db.$transaction(async (tx) => {
    const stored = await tx.reportFile.create({
      data: {
        teamId: job.teamId,
        jobId: job.id,
        fileName: file.fileName,
        contentType: file.contentType,
        bytes: new Uint8Array(file.body),
      },
      select: { id: true },
    });
    await completeJob(tx, job, { fileId: stored.id, fileName: file.fileName, bytes: file.body.length });
    await announceExportFinished(tx, job.teamId, {
      jobId: job.id,
      format: payload.format,
      status: "SUCCEEDED",
      progress: 100,
      stage: "done",
      errorCode: null,
      fileName: file.fileName,
    });
  });
}
