"use client";

import { useLocale, useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { CONFIDENCE_LEVELS, labelName } from "@/lib/domain/ratings/rating-scale";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import type { RatingLabelOption } from "@/lib/server/ratings/list-rating-labels";

/** Verdict, confidence and rationale: three fields kept apart, used by the rating form and corrections. */
export function RatingFields({
  claim,
  scale,
  direction,
}: {
  claim: ClaimDto;
  scale: RatingLabelOption[];
  direction: "rtl" | "ltr";
}) {
  const t = useTranslations("rating");
  const locale = useLocale();
  const offered = scale.filter((label) => !label.retired || label.id === claim.verdict?.id);
  return (
    <>
      <SelectField label={t("verdict")} name="verdictId" defaultValue={claim.verdict?.id ?? ""}>
        <option value="">{t("noVerdict")}</option>
        {offered.map((label) => (
          <option key={label.id} value={label.id}>
            {labelName(label, locale)}
            {label.retired ? ` ${t("retired")}` : ""}
          </option>
        ))}
      </SelectField>
      <fieldset className="flex flex-col gap-1">
        <legend className="text-sm font-medium text-slate-800">{t("confidence")}</legend>
        <div className="flex flex-wrap gap-3">
          {CONFIDENCE_LEVELS.map((level) => (
            <label key={level} className="flex items-center gap-1.5 text-sm">
              <input type="radio" name="confidence" value={level} defaultChecked={claim.confidence === level} />
              {t(`confidenceLevels.${level}`)}
            </label>
          ))}
        </div>
        <p className="text-xs text-slate-600">{t("confidenceHint")}</p>
      </fieldset>
      <TextAreaField
        label={t("rationale")}
        hint={t("rationaleHint")}
        name="rationale"
        rows={4}
        dir="auto"
        defaultValue={claim.rationale ?? ""}
        className="sm:col-span-2"
        data-direction={direction}
      />
    </>
  );
}

export function readRatingFields(form: FormData) {
  return {
    verdictId: String(form.get("verdictId") ?? ""),
    confidence: String(form.get("confidence") ?? "") as "" | "LOW" | "MODERATE" | "HIGH",
    rationale: String(form.get("rationale") ?? ""),
  };
}
