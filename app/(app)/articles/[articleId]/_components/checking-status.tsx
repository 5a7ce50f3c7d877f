"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { CheckingProgress } from "./use-checked-matches";

/** Where the comparison of the suggestions with earlier work stands: progress, the outcome, or why it stopped. */
export function CheckingStatus({
  progress,
  found,
  onRetry,
}: {
  progress: CheckingProgress;
  found: number;
  onRetry(): void;
}) {
  const t = useTranslations("suggestions");
  const tErrors = useTranslations("errors");
  const { done, total, failure } = progress;

  if (failure) {
    return (
      <div className="flex flex-wrap items-center gap-2 px-4 pt-3" data-testid="checking-status">
        <Notice tone="error">
          {t("checkFailed", { done, total })} {tErrors(failure)}
        </Notice>
        <Button variant="secondary" onClick={onRetry}>
          {t("checkRetry")}
        </Button>
      </div>
    );
  }
  if (done >= total) {
    return (
      <p role="status" className="px-4 pt-3 text-sm text-slate-700" data-testid="checking-status">
        {t("checkDone", { total, found })}
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-1 px-4 pt-3" data-testid="checking-status">
      <p id="checking-progress-label" className="text-sm text-slate-700">
        {t("checking", { done, total })}
      </p>
      <div
        role="progressbar"
        aria-labelledby="checking-progress-label"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${(done / total) * 100}%` }} />
      </div>
    </div>
  );
}
