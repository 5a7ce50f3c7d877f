"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import { ROLES, type Role } from "@/lib/auth/permissions";
import { addMemberAction } from "../actions";

export function AddMemberForm() {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report, fieldError } = useActionFeedback();
  const [lastResult, setLastResult] = useState<ActionResult<unknown> | null>(null);

  // onSubmit, not a form action: React resets a form after its action runs, which would
  // throw away what the admin typed whenever the server refuses it.
  function submit(element: HTMLFormElement) {
    const form = new FormData(element);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      role: String(form.get("role") ?? "VIEWER") as Role,
      password: String(form.get("password") ?? ""),
    };
    startTransition(async () => {
      const result = await addMemberAction(input);
      setLastResult(result);
      if (report(result, t("team.added", { name: input.name }))) {
        element.reset();
        router.refresh();
      }
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
      className="grid gap-4 sm:grid-cols-2"
      data-testid="add-member-form"
    >
      <TextField label={t("team.name")} name="name" required error={fieldError(lastResult, "name")} />
      <TextField
        label={t("team.email")}
        name="email"
        type="email"
        dir="ltr"
        required
        error={fieldError(lastResult, "email")}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor="new-member-role" className="text-sm font-medium text-slate-800">
          {t("team.role")}
        </label>
        <select
          id="new-member-role"
          name="role"
          defaultValue="FACT_CHECKER"
          className="rounded-md border border-slate-400 bg-white px-3 py-2"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <TextField
        label={t("team.initialPassword")}
        name="password"
        type="password"
        autoComplete="new-password"
        dir="ltr"
        required
        hint={t("team.passwordHint")}
        error={fieldError(lastResult, "password")}
      />
      <div className="flex flex-col gap-3 sm:col-span-2">
        {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
        <Button type="submit" disabled={pending} className="self-start">
          {t("team.add")}
        </Button>
      </div>
    </form>
  );
}
