"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { INFORMATION_CREDIBILITY, SOURCE_RELIABILITY } from "@/lib/domain/sources/admiralty";

/** Source reliability A–F, each grade with its meaning (Admiralty scale). */
export function ReliabilitySelect({
  defaultValue,
  name = "reliability",
}: {
  defaultValue?: string | null;
  name?: string;
}) {
  const t = useTranslations("sources");
  return (
    <SelectField label={t("reliability")} hint={t("reliabilityHint")} name={name} defaultValue={defaultValue ?? ""}>
      <option value="">{t("notGraded")}</option>
      {SOURCE_RELIABILITY.map((grade) => (
        <option key={grade} value={grade}>
          {t(`reliabilityScale.${grade}`)}
        </option>
      ))}
    </SelectField>
  );
}

/** Information credibility 1–6, each grade with its meaning. */
export function CredibilitySelect({
  defaultValue,
  name = "credibility",
}: {
  defaultValue?: number | null;
  name?: string;
}) {
  const t = useTranslations("sources");
  const te = useTranslations("evidence");
  return (
    <SelectField
      label={te("credibility")}
      hint={te("credibilityHint")}
      name={name}
      defaultValue={defaultValue ? String(defaultValue) : ""}
    >
      <option value="">{t("notGraded")}</option>
      {INFORMATION_CREDIBILITY.map((grade) => (
        <option key={grade} value={grade}>
          {t(`credibilityScale.${grade}`)}
        </option>
      ))}
    </SelectField>
  );
}
