"use client";

import { useTranslations } from "next-intl";
import { ClaimBadges } from "@/components/claims/claim-badges";
import { CorroborationSummary } from "@/components/sources/corroboration-summary";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";

/** The article's claims in reading order; choosing one opens it and scrolls to its highlight. */
export function ClaimsPanel({
  claims,
  language,
  direction,
  onOpen,
}: {
  claims: ClaimDto[];
  language: string;
  direction: "rtl" | "ltr";
  onOpen(claimId: string): void;
}) {
  const t = useTranslations("workbench");
  return (
    <section aria-labelledby="claims-heading" className="rounded-lg border border-slate-200 bg-white">
      <h2 id="claims-heading" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">
        {t("claims", { count: claims.length })}
      </h2>
      {claims.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">{t("noClaims")}</p>
      ) : (
        <ol className="divide-y divide-slate-100" data-testid="claims-list">
          {claims.map((claim) => (
            <li key={claim.id}>
              <button
                type="button"
                onClick={() => onOpen(claim.id)}
                className="flex w-full flex-col gap-1 px-4 py-3 text-start hover:bg-slate-50"
                data-claim-id={claim.id}
              >
                <span lang={language} dir={direction} className="line-clamp-3 text-slate-900">
                  {claim.statement}
                </span>
                <ClaimBadges claim={claim} />
              </button>
              <div className="px-4 pb-3 empty:hidden">
                <CorroborationSummary corroboration={claim.corroboration} compact />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
