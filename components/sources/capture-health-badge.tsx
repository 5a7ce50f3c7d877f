"use client";

import { useTranslations } from "next-intl";
import type { CaptureHealth, CaptureSummary } from "@/lib/domain/sources/capture-health";

const TONE: Record<CaptureHealth, string> = {
  NOT_CAPTURED: "bg-slate-100 text-slate-800",
  CAPTURING: "bg-sky-100 text-sky-900",
  INTACT: "bg-green-100 text-green-900",
  CHANGED: "bg-amber-100 text-amber-900",
  GONE: "bg-red-100 text-red-900",
  UNREACHABLE: "bg-orange-100 text-orange-900",
  FAILED: "bg-red-100 text-red-900",
};

/** Whether the cited page still says what it said, and when it couldn't be captured, why. */
export function CaptureHealthBadge({ capture }: { capture: CaptureSummary }) {
  const t = useTranslations("sources");
  const { health, reason, httpStatus, retrying } = capture;
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${TONE[health]}`}
      data-testid="capture-health"
      data-health={health}
      data-reason={reason ?? undefined}
    >
      {t(`health.${health}`)}
      {reason && (
        <span className="font-normal" data-testid="capture-reason">
          {t("reasonSeparator")}
          {t(`captureReason.${reason}`, { status: String(httpStatus ?? "") })}
        </span>
      )}
      {retrying && <span className="font-normal">{t("retryingSeparator", { retrying: t("captureRetrying") })}</span>}
    </span>
  );
}
