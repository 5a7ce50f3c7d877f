"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { ReliabilitySelect } from "@/components/sources/admiralty-fields";
import { EntityPicker } from "@/components/entities/entity-picker";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import { SOURCE_KINDS, type TSourceFields, type TSourceKind } from "@/lib/schemas/sources";
import type { EntityDto } from "@/lib/server/entities/entity-dto";
import type { SourceDto } from "@/lib/server/sources/source-dto";

const value = (form: FormData, name: string) => String(form.get(name) ?? "").trim();

/**
 * Adding (with a URL field) or editing a source. Not a form action: React would reset the
 * fields, and a refused save must keep what was typed.
 */
export function SourceForm<T>({
  source,
  entities,
  submit,
  onSaved,
  onCancel,
}: {
  source: SourceDto | null;
  entities: EntityDto[];
  submit(fields: TSourceFields & { url?: string }): Promise<ActionResult<T>>;
  onSaved(data: T): void;
  onCancel(): void;
}) {
  const t = useTranslations("sources");
  const [pending, startTransition] = useTransition();
  const { feedback, report, fieldError } = useActionFeedback();
  const [lastResult, setLastResult] = useState<ActionResult<T> | null>(null);
  const [originId, setOriginId] = useState<string | null>(source?.origin?.id ?? null);

  function onSubmit(form: FormData) {
    const fields = {
      ...(source ? {} : { url: value(form, "url") }),
      title: value(form, "title"),
      outlet: value(form, "outlet"),
      author: value(form, "author"),
      publishedAt: value(form, "publishedAt"),
      language: value(form, "language"),
      kind: value(form, "kind") as TSourceKind,
      reliability: value(form, "reliability"),
      originId,
      notes: value(form, "notes"),
    } as unknown as TSourceFields & { url?: string };
    startTransition(async () => {
      const result = await submit(fields);
      setLastResult(result);
      if (report(result, t("saved"))) onSaved(result.data);
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(new FormData(event.currentTarget));
      }}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      data-testid="source-form"
    >
      <h2 className="text-lg font-semibold sm:col-span-2">{source ? t("edit") : t("addTitle")}</h2>
      {!source && <p className="text-sm text-slate-600 sm:col-span-2">{t("addHint")}</p>}
      {!source && (
        <TextField
          label={t("url")}
          name="url"
          type="url"
          inputMode="url"
          dir="ltr"
          className="sm:col-span-2"
          error={fieldError(lastResult, "url")}
        />
      )}
      <TextField
        label={t("titleField")}
        name="title"
        dir="auto"
        defaultValue={source?.title}
        className="sm:col-span-2"
        error={fieldError(lastResult, "title")}
      />
      <TextField label={t("outlet")} name="outlet" dir="auto" defaultValue={source?.outlet ?? ""} />
      <TextField label={t("author")} name="author" dir="auto" defaultValue={source?.author ?? ""} />
      <TextField
        label={t("publishedAt")}
        name="publishedAt"
        type="date"
        defaultValue={source?.publishedAt ?? ""}
        error={fieldError(lastResult, "publishedAt")}
      />
      <TextField
        label={t("language")}
        name="language"
        dir="ltr"
        defaultValue={source?.language ?? ""}
        placeholder="ar, en, fr"
        error={fieldError(lastResult, "language")}
      />
      <SelectField label={t("kind")} name="kind" defaultValue={source?.kind ?? "NEWS_REPORT"}>
        {SOURCE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <ReliabilitySelect defaultValue={source?.reliability} />
      <div className="flex flex-col gap-1 sm:col-span-2">
        <EntityPicker label={t("origin")} entities={entities} value={originId} onChange={setOriginId} />
        <p className="text-xs text-slate-600">{t("originHint")}</p>
      </div>
      <TextAreaField
        label={t("notes")}
        name="notes"
        dir="auto"
        rows={2}
        defaultValue={source?.notes ?? ""}
        className="sm:col-span-2"
      />
      <div className="flex flex-col gap-2 sm:col-span-2">
        {feedback?.tone === "error" && <Notice tone="error">{feedback.text}</Notice>}
        <div className="flex gap-2">
          <Button type="submit" disabled={pending}>
            {t("save")}
          </Button>
          <Button variant="ghost" onClick={onCancel}>
            {t("cancel")}
          </Button>
        </div>
      </div>
    </form>
  );
}
