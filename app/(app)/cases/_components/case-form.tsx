"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { SelectField } from "@/components/ui/select-field";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import { CASE_PLACES_MAX, CASE_SUMMARY_MAX, CASE_TITLE_MAX } from "@/lib/schemas/cases";
import type { CaseRecord } from "@/lib/server/cases/case-record";
import { createCaseAction, updateCaseAction } from "../actions";

/** Creates a case, or edits one at the version shown (a lost race is said, and the input kept). */
export function CaseForm({ people, initial }: { people: { id: string; name: string }[]; initial?: CaseRecord }) {
  const t = useTranslations("cases");
  const router = useRouter();
  const { feedback, report, fieldError } = useActionFeedback();
  const [result, setResult] = useState<ActionResult<CaseRecord> | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? "");
    const fields = {
      title: text("title"),
      summary: text("summary"),
      leadId: text("leadId"),
      eventStart: text("eventStart"),
      eventEnd: text("eventEnd"),
      places: text("places")
        .split("\n")
        .map((place) => place.trim())
        .filter(Boolean),
    };
    setPending(true);
    const saved = initial
      ? await updateCaseAction({ ...fields, caseId: initial.id, version: initial.version })
      : await createCaseAction(fields);
    setPending(false);
    setResult(saved);
    if (report(saved, t("saved"))) {
      router.push(`/cases/${saved.data.id}/members`);
      router.refresh();
    }
  }

  return (
    <form onSubmit={submit} className="flex max-w-2xl flex-col gap-4" data-testid="case-form" noValidate>
      <TextField
        label={t("fields.title")}
        name="title"
        required
        maxLength={CASE_TITLE_MAX}
        dir="auto"
        defaultValue={initial?.title}
        error={fieldError(result, "title")}
      />
      <TextAreaField
        label={t("fields.summary")}
        name="summary"
        rows={5}
        maxLength={CASE_SUMMARY_MAX}
        dir="auto"
        defaultValue={initial?.summary}
        error={fieldError(result, "summary")}
      />
      <SelectField label={t("fields.lead")} name="leadId" defaultValue={initial?.leadId ?? ""}>
        <option value="">{t("noLead")}</option>
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.name}
          </option>
        ))}
      </SelectField>
      {fieldError(result, "leadId") && <p className="text-sm text-red-700">{fieldError(result, "leadId")}</p>}
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 text-sm font-medium text-slate-800">{t("fields.period")}</legend>
        <TextField
          label={t("fields.eventStart")}
          name="eventStart"
          type="date"
          defaultValue={initial?.eventStart ?? ""}
          error={fieldError(result, "eventStart")}
        />
        <TextField
          label={t("fields.eventEnd")}
          name="eventEnd"
          type="date"
          defaultValue={initial?.eventEnd ?? ""}
          error={fieldError(result, "eventEnd")}
        />
      </fieldset>
      <TextAreaField
        label={t("fields.places")}
        hint={t("placesHint", { max: CASE_PLACES_MAX })}
        name="places"
        rows={3}
        dir="auto"
        defaultValue={initial?.places.join("\n")}
        error={fieldError(result, "places") ?? fieldError(result, "places.0")}
      />
      {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
      <div>
        <Button type="submit" disabled={pending}>
          {initial ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
