"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import { ENTITY_KINDS, type TEntityKind } from "@/lib/schemas/entities";
import type { EntityDto } from "@/lib/server/entities/entity-dto";
import { createEntityAction, updateEntityAction } from "../actions";

const lines = (value: string) =>
  value
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

export function EntityForm({
  entity,
  onDone,
  onCancel,
}: {
  entity: EntityDto | null;
  onDone(message: string): void;
  onCancel(): void;
}) {
  const t = useTranslations("entities");
  const [pending, startTransition] = useTransition();
  const { feedback, report, fieldError } = useActionFeedback();
  const [lastResult, setLastResult] = useState<ActionResult<unknown> | null>(null);

  function submit(form: FormData) {
    const input = {
      name: String(form.get("name") ?? ""),
      arabicName: String(form.get("arabicName") ?? ""),
      kind: String(form.get("kind")) as TEntityKind,
      description: String(form.get("description") ?? ""),
      aliases: lines(String(form.get("aliases") ?? "")),
      sameAs: lines(String(form.get("sameAs") ?? "")),
    };
    startTransition(async () => {
      const result = entity
        ? await updateEntityAction({ ...input, entityId: entity.id, version: entity.version })
        : await createEntityAction(input);
      setLastResult(result);
      if (report(result, t("saved", { name: input.name }))) onDone(t("saved", { name: input.name }));
    });
  }

  return (
    <form
      onSubmit={(event) => {
        // Not a form action: React would reset the fields, losing the input when the server refuses it.
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
      className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2"
      data-testid="entity-form"
    >
      <h2 className="text-lg font-semibold sm:col-span-2">
        {entity ? t("editTitle", { name: entity.name }) : t("addTitle")}
      </h2>
      <TextField
        label={t("name")}
        name="name"
        dir="auto"
        required
        defaultValue={entity?.name}
        error={fieldError(lastResult, "name")}
      />
      <TextField
        label={t("arabicName")}
        hint={t("arabicNameHint")}
        name="arabicName"
        lang="ar"
        dir="rtl"
        defaultValue={entity?.arabicName ?? ""}
        error={fieldError(lastResult, "arabicName")}
      />
      <SelectField label={t("kind")} name="kind" defaultValue={entity?.kind ?? "PERSON"}>
        {ENTITY_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t("aliases")}
        hint={t("aliasesHint")}
        name="aliases"
        dir="auto"
        rows={4}
        defaultValue={entity?.aliases.join("\n")}
      />
      <TextAreaField
        label={t("sameAs")}
        hint={t("sameAsHint")}
        name="sameAs"
        dir="ltr"
        rows={4}
        defaultValue={entity?.sameAs.join("\n")}
        error={fieldError(lastResult, "sameAs.0")}
      />
      <TextAreaField
        label={t("description")}
        name="description"
        dir="auto"
        rows={2}
        className="sm:col-span-2"
        defaultValue={entity?.description ?? ""}
      />
      <div className="flex flex-col gap-2 sm:col-span-2">
        {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
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
