"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { STANCES, type TStance } from "@/lib/schemas/sources";
import type { EvidenceDto } from "@/lib/server/evidence/evidence-dto";
import { CredibilitySelect } from "./admiralty-fields";

/** Stance, passage, credibility and note: the fields of a citation, shared by every place that cites. */
export function EvidenceFields({ evidence }: { evidence?: EvidenceDto }) {
  const t = useTranslations("evidence");
  return (
    <>
      <SelectField label={t("stance")} name="stance" defaultValue={evidence?.stance ?? "SUPPORTS"}>
        {STANCES.map((stance) => (
          <option key={stance} value={stance}>
            {t(`stances.${stance}`)}
          </option>
        ))}
      </SelectField>
      <CredibilitySelect defaultValue={evidence?.credibility} />
      <TextAreaField
        label={t("passage")}
        hint={t("passageHint")}
        name="passage"
        dir="auto"
        rows={3}
        defaultValue={evidence?.passage ?? ""}
        className="sm:col-span-2"
      />
      <TextAreaField
        label={t("note")}
        name="note"
        dir="auto"
        rows={2}
        defaultValue={evidence?.note ?? ""}
        className="sm:col-span-2"
      />
    </>
  );
}

export function readEvidenceFields(form: FormData): {
  stance: TStance;
  passage: string;
  credibility: string;
  note: string;
} {
  const value = (name: string) => String(form.get(name) ?? "").trim();
  return {
    stance: value("stance") as TStance,
    passage: value("passage"),
    credibility: value("credibility"),
    note: value("note"),
  };
}
