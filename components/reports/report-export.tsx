"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import { exportStatusAction, requestReportExportAction } from "@/app/(app)/actions";
import { REPORT_FORMAT_CHOICES, type ReportFormatChoice, type TClaimSet } from "@/lib/schemas/report-sets";
import type { ExportJobDto } from "@/lib/server/reports/background-export";

type Format = ReportFormatChoice;
const STAGES = new Set(["loading", "building", "rendering", "saving", "done"]);
const POLL_MS = 1_000;

/**
 * Queues a report of a set of claims (an article's, a case's, a search's …) as a job and follows
 * its progress until the file can be downloaded. `formats` are those offered (no PDF without
 * Chromium, no ClaimReview without a public page to point at).
 */
export function ReportExport({
  set,
  formats = REPORT_FORMAT_CHOICES,
  hint,
}: {
  set: TClaimSet;
  formats?: readonly Format[];
  hint?: string;
}) {
  const t = useTranslations("reports");
  const { feedback, report } = useActionFeedback();
  const [job, setJob] = useState<ExportJobDto | null>(null);
  const [pending, startTransition] = useTransition();
  const running = job?.status === "QUEUED" || job?.status === "RUNNING";

  useEffect(() => {
    if (!running) return;
    const timer = setTimeout(async () => {
      const result = await exportStatusAction({ jobId: job.jobId });
      if (result.ok) setJob(result.data);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [job, running]);

  return (
    <form
      className="flex flex-wrap items-end gap-2"
      data-testid="background-export"
      onSubmit={(event) => {
        event.preventDefault();
        const format = String(new FormData(event.currentTarget).get("format")) as Format;
        startTransition(async () => {
          const result = await requestReportExportAction({ set, format });
          if (report(result, t("stages.queued"))) setJob(result.data);
        });
      }}
    >
      <p className="w-full text-sm text-slate-600">{hint ?? t("background")}</p>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("format")}
        <select
          name="format"
          defaultValue="pdf"
          className="rounded-md border border-slate-400 bg-white px-2 py-1.5 font-normal"
        >
          {formats.map((format) => (
            <option key={format} value={format}>
              {t(`formats.${format}`)}
            </option>
          ))}
        </select>
      </label>
      <Button type="submit" variant="secondary" disabled={pending || running}>
        {t("prepare")}
      </Button>
      {job && running && (
        <span className="flex items-center gap-2 text-sm">
          <progress max={100} value={job.progress} aria-label={t("progress")} className="h-2 w-40" />
          {t(`stages.${job.stage && STAGES.has(job.stage) ? job.stage : "queued"}` as never)}
        </span>
      )}
      {job?.status === "SUCCEEDED" && job.fileName && (
        <span className="text-sm">
          {t("ready")}{" "}
          <a
            href={`/api/reports/exports/${job.jobId}`}
            download
            className="font-medium text-brand-800 underline"
            data-testid="export-download"
          >
            {t("download", { file: job.fileName })}
          </a>
        </span>
      )}
      {job?.status === "FAILED" && <Notice tone="error">{t("exportFailed")}</Notice>}
      {feedback?.tone === "error" && <Notice tone="error">{feedback.text}</Notice>}
    </form>
  );
}
