"use client";

import { useTranslations } from "next-intl";
import type { CaptureHealth } from "@/lib/domain/sources/capture-health";

const TONE: Record<CaptureHealth, string> = {
  NOT_CAPTURED: "bg-slate-100 text-slate-800",
  INTACT: "bg-green-100 text-green-900",
  CHANGED: "bg-amber-100 text-amber-900",
  GONE: "bg-red-100 text-red-900",
  FAILED: "bg-red-100 text-red-900",
};

/** Whether the cited page still says what it said. */
export function CaptureHealthBadge({ health }: { health: CaptureHealth }) {
  const t = useTranslations("sources.health");
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${TONE[health]}`}
      data-testid="capture-health"
      data-health={health}
    >
      {t(health)}
    </span>
  );
}
