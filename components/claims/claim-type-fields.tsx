"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { PROMISE_FOLLOW_UPS, type TClaimDetails, type TCountRange } from "@/lib/schemas/claims";

type Props = { details: TClaimDetails; onChange(details: TClaimDetails): void; disabled: boolean; dir: "rtl" | "ltr" };

/** The structured fields PRODUCT.md gives casualty reports, accusations and promises. */
export function ClaimTypeFields({ details, onChange, disabled, dir }: Props) {
  const t = useTranslations("claims.fields");
  if (details.type === "CASUALTY_REPORT") {
    const casualty = details.casualty;
    const set = (patch: Partial<typeof casualty>) => onChange({ ...details, casualty: { ...casualty, ...patch } });
    return (
      <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-3" disabled={disabled}>
        <legend className="px-1 text-sm font-medium">{t("casualtyLegend")}</legend>
        {(["killed", "wounded", "arrested"] as const).map((kind) => (
          <RangeFields key={kind} label={t(kind)} range={casualty[kind]} onChange={(range) => set({ [kind]: range })} />
        ))}
        <ListField
          label={t("parties")}
          hint={t("partiesHint")}
          dir={dir}
          values={casualty.parties}
          onChange={(parties) => set({ parties })}
        />
        <TextField
          label={t("countedBy")}
          dir={dir}
          value={casualty.countedBy ?? ""}
          onChange={(e) => set({ countedBy: e.target.value || undefined })}
        />
        <TextField
          label={t("asOf")}
          type="date"
          value={casualty.asOf?.slice(0, 10) ?? ""}
          onChange={(e) => set({ asOf: e.target.value || undefined })}
        />
      </fieldset>
    );
  }
  if (details.type === "ACCUSATION") {
    const accusation = details.accusation;
    const set = (patch: Partial<typeof accusation>) =>
      onChange({ ...details, accusation: { ...accusation, ...patch } });
    return (
      <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-3" disabled={disabled}>
        <legend className="px-1 text-sm font-medium">{t("accusationLegend")}</legend>
        <TextField
          label={t("accuser")}
          dir={dir}
          value={accusation.accuser ?? ""}
          onChange={(e) => set({ accuser: e.target.value || undefined })}
        />
        <TextField
          label={t("accused")}
          dir={dir}
          value={accusation.accused ?? ""}
          onChange={(e) => set({ accused: e.target.value || undefined })}
        />
        <TextField
          label={t("act")}
          dir={dir}
          value={accusation.act ?? ""}
          onChange={(e) => set({ act: e.target.value || undefined })}
        />
      </fieldset>
    );
  }
  if (details.type === "PROMISE") {
    const promise = details.promise;
    const set = (patch: Partial<typeof promise>) => onChange({ ...details, promise: { ...promise, ...patch } });
    return (
      <fieldset className="flex flex-col gap-3 rounded-md border border-slate-200 p-3" disabled={disabled}>
        <legend className="px-1 text-sm font-medium">{t("promiseLegend")}</legend>
        <TextField
          label={t("promiser")}
          dir={dir}
          value={promise.promiser ?? ""}
          onChange={(e) => set({ promiser: e.target.value || undefined })}
        />
        <TextField
          label={t("promisee")}
          dir={dir}
          value={promise.promisee ?? ""}
          onChange={(e) => set({ promisee: e.target.value || undefined })}
        />
        <TextField
          label={t("commitment")}
          dir={dir}
          value={promise.commitment ?? ""}
          onChange={(e) => set({ commitment: e.target.value || undefined })}
        />
        <TextField
          label={t("deadline")}
          type="date"
          value={promise.deadline ?? ""}
          onChange={(e) => set({ deadline: e.target.value || undefined })}
        />
        <SelectField
          label={t("followUp")}
          value={promise.followUp}
          onChange={(e) => set({ followUp: e.target.value as (typeof PROMISE_FOLLOW_UPS)[number] })}
        >
          {PROMISE_FOLLOW_UPS.map((value) => (
            <option key={value} value={value}>
              {t(`followUps.${value}`)}
            </option>
          ))}
        </SelectField>
      </fieldset>
    );
  }
  return null;
}

function RangeFields({
  label,
  range,
  onChange,
}: {
  label: string;
  range: TCountRange | undefined;
  onChange(range: TCountRange | undefined): void;
}) {
  const t = useTranslations("claims.fields");
  const set = (key: "min" | "max", value: string) => {
    const next = {
      min: range?.min ?? null,
      max: range?.max ?? null,
      [key]: value === "" ? null : Math.max(0, Math.trunc(Number(value))),
    };
    onChange(next.min === null && next.max === null ? undefined : next);
  };
  return (
    <div className="grid grid-cols-2 gap-2">
      <TextField
        label={t("rangeMin", { what: label })}
        type="number"
        min={0}
        inputMode="numeric"
        value={range?.min ?? ""}
        onChange={(e) => set("min", e.target.value)}
      />
      <TextField
        label={t("rangeMax", { what: label })}
        type="number"
        min={0}
        inputMode="numeric"
        value={range?.max ?? ""}
        onChange={(e) => set("max", e.target.value)}
      />
    </div>
  );
}

/** A comma-separated list typed freely: the raw text is kept while typing, the list is what is saved. */
function ListField({
  values,
  onChange,
  ...field
}: {
  label: string;
  hint: string;
  dir: "rtl" | "ltr";
  values: string[];
  onChange(values: string[]): void;
}) {
  const [raw, setRaw] = useState(values.join("، "));
  return (
    <TextField
      {...field}
      value={raw}
      onChange={(e) => {
        setRaw(e.target.value);
        onChange(splitList(e.target.value));
      }}
    />
  );
}

/** "a، b, c" → ["a", "b", "c"]: Arabic and Latin commas both separate. */
function splitList(value: string): string[] {
  return value
    .split(/[,،]/u)
    .map((part) => part.trim())
    .filter(Boolean);
}
