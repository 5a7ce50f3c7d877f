"use client";

import { useLocale, useTranslations } from "next-intl";
import { Isolated, SLOT } from "@/components/ui/isolated";
import { entityName } from "@/lib/domain/entities/entity-name";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";

const ANCHOR_TONE: Record<ClaimDto["anchorStatus"], string> = {
  ANCHORED: "",
  MOVED: "bg-sky-100 text-sky-900",
  FUZZY: "bg-amber-100 text-amber-900",
  ORPHANED: "bg-red-100 text-red-900",
};

/** Type, claimant, status and (when it is not simply anchored) how the anchor held up. */
export function ClaimBadges({
  claim,
}: {
  claim: Pick<ClaimDto, "type" | "status" | "anchorStatus" | "claimant" | "reportedVia">;
}) {
  const t = useTranslations("claims");
  const locale = useLocale();
  return (
    <span className="flex flex-wrap items-center gap-1.5 text-xs">
      <span className="rounded bg-brand-50 px-1.5 py-0.5 font-medium text-brand-900" data-testid="claim-type">
        {t(`type.${claim.type}`)}
      </span>
      <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-800">{t(`status.${claim.status}`)}</span>
      {claim.claimant && (
        <span className="text-slate-700" data-testid="claim-claimant">
          <Isolated phrase={t("by", { name: SLOT })} value={entityName(claim.claimant, locale)} />
        </span>
      )}
      {claim.reportedVia && (
        <span className="text-slate-600">
          <Isolated phrase={t("via", { name: SLOT })} value={entityName(claim.reportedVia, locale)} />
        </span>
      )}
      {claim.anchorStatus !== "ANCHORED" && (
        <span className={`rounded px-1.5 py-0.5 ${ANCHOR_TONE[claim.anchorStatus]}`}>
          {t(`anchor.${claim.anchorStatus}`)}
        </span>
      )}
    </span>
  );
}
