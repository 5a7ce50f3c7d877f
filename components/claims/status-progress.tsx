"use client";

import { useTranslations } from "next-intl";
import { CLAIM_STATUSES, type TClaimStatus } from "@/lib/domain/claims/claim-statuses";

const COLOURS: Record<TClaimStatus, string> = {
  NEW: "bg-slate-300",
  IN_PROGRESS: "bg-blue-400",
  IN_REVIEW: "bg-amber-400",
  CHANGES_REQUESTED: "bg-orange-500",
  APPROVED: "bg-green-500",
  PUBLISHED: "bg-green-700",
  CORRECTED: "bg-purple-500",
  RETRACTED: "bg-red-700",
};

/** An article's claims by status as one stacked bar, with the counts in words beside it. */
export function StatusProgress({
  progress,
  label,
}: {
  progress: Partial<Record<TClaimStatus, number>>;
  label: string;
}) {
  const t = useTranslations("claims.status");
  const total = CLAIM_STATUSES.reduce((sum, status) => sum + (progress[status] ?? 0), 0);
  if (total === 0) return null;
  const present = CLAIM_STATUSES.filter((status) => (progress[status] ?? 0) > 0);
  return (
    <div className="mt-3 flex flex-col gap-1" data-testid="article-progress">
      <div
        className="flex h-2.5 overflow-hidden rounded-full bg-slate-100"
        role="img"
        aria-label={`${label}: ${present.map((status) => `${progress[status]} ${t(status)}`).join(", ")}`}
      >
        {present.map((status) => (
          <div
            key={status}
            className={COLOURS[status]}
            style={{ width: `${((progress[status] ?? 0) / total) * 100}%` }}
          />
        ))}
      </div>
      <ul className="flex flex-wrap gap-x-3 text-xs text-slate-600" aria-hidden>
        {present.map((status) => (
          <li key={status} className="flex items-center gap-1">
            <span className={`inline-block size-2 rounded-full ${COLOURS[status]}`} />
            {progress[status]} {t(status)}
          </li>
        ))}
      </ul>
    </div>
  );
}
