"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import { SOURCE_KINDS } from "@/lib/schemas/sources";
import type { CreatedSource } from "@/lib/server/sources/create-source";
import { createSourceForCitationAction } from "../actions";

/**
 * A source that is not in the library yet, added from "Cite a source": the web address (or a
 * title for a document by hand) and its kind, through the same use case as the sources page; the
 * created (or already known) source is then chosen for the citation.
 */
export function NewSourceInline({
  onCreated,
  onCancel,
}: {
  onCreated(created: CreatedSource): void;
  onCancel(): void;
}) {
  const t = useTranslations("evidence");
  const ts = useTranslations("sources");
  const [pending, startTransition] = useTransition();
  const { feedback, report, fieldError } = useActionFeedback();
  const [lastResult, setLastResult] = useState<ActionResult<unknown> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  // Opened from its button: the web address is where the keyboard goes next.
  useEffect(() => formRef.current?.querySelector<HTMLInputElement>('input[name="url"]')?.focus(), []);

  return (
    <form
      ref={formRef}
      className="grid gap-3 rounded-md border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2"
      aria-labelledby="new-source-heading"
      data-testid="new-source-inline"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const input = {
          url: String(form.get("url") ?? ""),
          title: String(form.get("title") ?? ""),
          kind: String(form.get("kind") ?? "NEWS_REPORT") as (typeof SOURCE_KINDS)[number],
        };
        startTransition(async () => {
          const result = await createSourceForCitationAction(input);
          setLastResult(result);
          if (report(result, t("newSourceChosen")) && result.ok) onCreated(result.data);
        });
      }}
    >
      <h4 id="new-source-heading" className="text-sm font-semibold sm:col-span-2">
        {t("newSourceTitle")}
      </h4>
      <p className="text-xs text-slate-700 sm:col-span-2">{t("newSourceHint")}</p>
      <TextField
        label={ts("url")}
        name="url"
        type="url"
        dir="ltr"
        placeholder="https://"
        className="sm:col-span-2"
        error={fieldError(lastResult, "url")}
      />
      <TextField label={ts("titleField")} name="title" dir="auto" error={fieldError(lastResult, "title")} />
      <SelectField label={ts("kind")} name="kind" defaultValue="NEWS_REPORT">
        {SOURCE_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {ts(`kinds.${kind}`)}
          </option>
        ))}
      </SelectField>
      {feedback?.tone === "error" && (
        <div className="sm:col-span-2">
          <Notice tone="error">{feedback.text}</Notice>
        </div>
      )}
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {t("newSourceSave")}
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
