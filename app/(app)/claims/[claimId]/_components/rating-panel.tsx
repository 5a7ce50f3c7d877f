"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import type { RatingLabelOption } from "@/lib/server/ratings/list-rating-labels";
import { rateClaimAction } from "../actions";
import { RatingFields, readRatingFields } from "./rating-fields";

/** The claim's rating: editable while the work is open, read-only (with why) once submitted. */
export function RatingPanel({
  claim,
  scale,
  canRate,
  direction,
  onSaved,
}: {
  claim: ClaimDto;
  scale: RatingLabelOption[];
  canRate: boolean;
  direction: "rtl" | "ltr";
  onSaved(claim: ClaimDto): void;
}) {
  const t = useTranslations("rating");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();

  return (
    <section
      aria-labelledby="rating-heading"
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="rating-panel"
    >
      <h2 id="rating-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {canRate ? (
        <form
          className="grid gap-4 sm:grid-cols-2"
          onSubmit={(event) => {
            event.preventDefault();
            const fields = readRatingFields(new FormData(event.currentTarget));
            startTransition(async () => {
              const result = await rateClaimAction({ ...fields, claimId: claim.id, version: claim.version });
              if (report(result, t("saved"))) {
                onSaved(result.data);
                router.refresh();
              }
            });
          }}
        >
          {/* Keyed by the stored rating: when it changes elsewhere (carried over from a linked claim), the fields show it. */}
          <RatingFields
            key={`${claim.verdict?.id}|${claim.confidence}|${claim.rationale}`}
            claim={claim}
            scale={scale}
            direction={direction}
          />
          <div className="sm:col-span-2">
            <Button type="submit" disabled={pending}>
              {t("save")}
            </Button>
          </div>
        </form>
      ) : (
        <div className="flex flex-col gap-2 text-sm">
          <p className="flex flex-wrap items-center gap-2">
            {claim.verdict ? (
              <VerdictBadge verdict={claim.verdict} locale={locale} />
            ) : (
              <span className="text-slate-600">{t("noVerdict")}</span>
            )}
            {claim.confidence && (
              <span>
                {t("confidence")}: {t(`confidenceLevels.${claim.confidence}`)}
              </span>
            )}
          </p>
          {claim.rationale && (
            <p className="whitespace-pre-line" dir="auto">
              {claim.rationale}
            </p>
          )}
          <p className="text-xs text-slate-600">{t("locked")}</p>
        </div>
      )}
      {claim.ratedBy && <p className="text-xs text-slate-600">{t("ratedBy", { name: claim.ratedBy.name })}</p>}
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
    </section>
  );
}
