"use client";

import { useTranslations } from "next-intl";
import { ClaimBadges } from "@/components/claims/claim-badges";
import { CorroborationSummary } from "@/components/sources/corroboration-summary";
import type { ClaimHighlight } from "@/lib/domain/claims/claim-highlights";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";

/**
 * The article's claims in reading order; choosing one opens it and scrolls to its highlight.
 * Claims the reader does not highlight (their quote is not found in the current text) are
 * listed apart, with the quote as it was last found.
 */
export function ClaimsPanel({
  claims,
  highlights,
  language,
  direction,
  onOpen,
}: {
  claims: ClaimDto[];
  highlights: ReadonlyMap<string, ClaimHighlight>;
  language: string;
  direction: "rtl" | "ltr";
  onOpen(claimId: string): void;
}) {
  const t = useTranslations("workbench");
  const tAnchors = useTranslations("anchors");
  const inText = claims.filter((claim) => highlights.get(claim.id)?.shown !== false);
  const notFound = claims.filter((claim) => highlights.get(claim.id)?.shown === false);
  return (
    <section aria-labelledby="claims-heading" className="rounded-lg border border-slate-200 bg-white">
      <h2 id="claims-heading" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">
        {t("claims", { count: claims.length })}
      </h2>
      {claims.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">{t("noClaims")}</p>
      ) : (
        <ol className="divide-y divide-slate-100" data-testid="claims-list">
          {inText.map((claim) => (
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
      {notFound.length > 0 && (
        <div className="border-t-4 border-red-100" data-testid="claims-not-found">
          <h3 className="px-4 pt-3 text-base font-semibold">
            {tAnchors("notFoundHeading", { count: notFound.length })}
          </h3>
          <p className="px-4 text-xs text-slate-600">{tAnchors("notFoundHint")}</p>
          <ul className="divide-y divide-slate-100">
            {notFound.map((claim) => (
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
                  <span className="text-xs text-slate-600">{tAnchors("lastFound")}</span>
                  <q lang={language} dir={direction} className="line-clamp-3 text-sm text-slate-700">
                    {claim.exact}
                  </q>
                  <ClaimBadges claim={claim} />
                  {claim.anchorAcknowledgement && (
                    <span className="text-xs text-slate-700">{tAnchors("acknowledgedShort")}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
