"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";
import type { SourceDto } from "@/lib/server/sources/source-dto";
import { CaptureHealthBadge } from "./capture-health-badge";

const POLL_MS = 1_000;

/**
 * The page's capture state: health (with its reason), and while a capture job waits or runs, its progress,
 * polled until it ends (then the page refreshes to show the new snapshot). Render it with
 * a key of job and health, so the server's fresher state replaces the polled one.
 */
export function CaptureStatus({
  source,
  poll,
}: {
  source: SourceDto;
  poll(input: { sourceId: string }): Promise<ActionResult<SourceDto>>;
}) {
  const t = useTranslations("sources");
  const te = useTranslations("errors");
  const router = useRouter();
  const [current, setCurrent] = useState(source);
  const job = current.captureJob;
  // A retry waiting minutes for its turn is not polled: the badge says it will try again.
  const active = current.capture.health === "CAPTURING" && (job?.status === "QUEUED" || job?.status === "RUNNING");

  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(async () => {
      const result = await poll({ sourceId: source.id });
      if (!result.ok) return;
      setCurrent(result.data);
      const done = result.data.capture.health !== "CAPTURING";
      if (done) router.refresh();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [active, current, poll, router, source.id]);

  return (
    <div className="flex flex-col gap-2" data-testid="capture-status">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <CaptureHealthBadge capture={current.capture} />
        {/* The job's own line only while it works or when it broke down (the badge tells the outcome). */}
        {job && (active || job.status === "FAILED") && (
          <span className="text-slate-700" data-testid="capture-job" data-status={job.status}>
            {t(`job.${job.status}`)}
            {job.status === "FAILED" &&
              job.errorCode &&
              ` — ${te.has(job.errorCode as never) ? te(job.errorCode as never) : te("UNEXPECTED")}`}
          </span>
        )}
      </div>
      {active && (
        <div className="flex items-center gap-2">
          <progress className="h-2 w-48" max={100} value={job.progress} aria-label={t("captureProgress")} />
          <span className="text-xs text-slate-600">
            {t(
              `stage.${job.stage && ["fetching", "saving", "done"].includes(job.stage) ? job.stage : "queued"}` as never,
            )}
          </span>
        </div>
      )}
    </div>
  );
}
