import "server-only";
import { z } from "zod";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { buildReport } from "@/lib/domain/reports/report-model";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { completeJob, enqueueJob, reportProgress, type TakenJob } from "@/lib/server/jobs/job-queue";
import { wakeJobWorker } from "@/lib/server/jobs/job-wake";
import { REPORT_FORMATS, renderReport, type ReportFormat } from "./export-article-report";
import { loadReportInput } from "./load-report-input";

export interface ExportJobDto {
  jobId: string;
  format: ReportFormat;
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
  progress: number;
  stage: string | null;
  errorCode: string | null;
  fileName: string | null;
}

const ZExportPayload = z.object({ articleId: z.uuid(), format: z.enum(REPORT_FORMATS), baseUrl: z.string() });

/** Queues an export (big reports take a while): the page stays usable and shows progress. */
export async function requestReportExport(member: Member, input: { articleId: string; format: ReportFormat; baseUrl: string }): Promise<ExportJobDto> {
  assertCan(member, "report.export");
  const jobId = await db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: input.articleId, teamId: member.teamId }, select: { id: true } });
    if (!article) throw new AppError("NOT_FOUND");
    const job = await enqueueJob(tx, { teamId: member.teamId, kind: "report.export", subjectId: article.id, payload: { articleId: article.id, format: input.format, baseUrl: input.baseUrl }, createdById: member.userId, maxAttempts: 2 });
    await recordAuditEvent(tx, { teamId: member.teamId, actorId: member.userId, action: "report.export", entityType: "Article", entityId: article.id, after: { format: input.format, jobId: job.id } });
    return job.id;
  });
  wakeJobWorker();
  return getExportJob(member, { jobId });
}

export async function getExportJob(member: Member, input: { jobId: string }): Promise<ExportJobDto> {
  assertCan(member, "report.export");
  const job = await db.job.findFirst({ where: { id: input.jobId, teamId: member.teamId, kind: "report.export" } });
  if (!job) throw new AppError("NOT_FOUND");
  const file = job.status === "SUCCEEDED" ? await db.reportFile.findUnique({ where: { jobId: job.id }, select: { fileName: true } }) : null;
  return { jobId: job.id, format: ZExportPayload.parse(job.payload).format, status: job.status, progress: job.progress, stage: job.stage, errorCode: job.errorCode, fileName: file?.fileName ?? null };
}

/** The finished file, for the download route; only the exporting team's editors reach it. */
export async function readExportFile(member: Member, input: { jobId: string }) {
  assertCan(member, "report.export");
  const file = await db.reportFile.findFirst({ where: { jobId: input.jobId, teamId: member.teamId } });
  if (!file) throw new AppError("NOT_FOUND");
  return file;
}

/** The "report.export" job: load, build, render, store, each step reported as progress. */
export async function exportReportJob(job: TakenJob): Promise<void> {
  const payload = ZExportPayload.parse(job.payload);
  await reportProgress(job, 10, "loading");
  const input = await loadReportInput(job.teamId, payload.articleId);
  await reportProgress(job, 35, "building");
  const report = buildReport(input);
  await reportProgress(job, 50, "rendering");
  const file = await renderReport(report, job.teamId, payload.format, `${payload.baseUrl}/articles/${payload.articleId}/report`);
  await reportProgress(job, 90, "saving");
  await db.$transaction(async (tx) => {
    const stored = await tx.reportFile.create({ data: { teamId: job.teamId, jobId: job.id, fileName: file.fileName, contentType: file.contentType, bytes: new Uint8Array(file.body) }, select: { id: true } });
    await completeJob(tx, job, { fileId: stored.id, fileName: file.fileName, bytes: file.body.length });
  });
}
