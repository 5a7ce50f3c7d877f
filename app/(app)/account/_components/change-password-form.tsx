"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import { PASSWORD_MIN_LENGTH } from "@/lib/schemas/auth";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const { feedback, setFeedback, report, fieldError } = useActionFeedback();
  const [lastResult, setLastResult] = useState<ActionResult<unknown> | null>(null);
  const wrongCurrent = lastResult?.ok === false && lastResult.details?.reason === "wrongCurrentPassword";

  // onSubmit rather than a form action: React would clear the fields after a refusal.
  function submit(element: HTMLFormElement) {
    const form = new FormData(element);
    const input = {
      currentPassword: String(form.get("currentPassword") ?? ""),
      newPassword: String(form.get("newPassword") ?? ""),
      confirmPassword: String(form.get("confirmPassword") ?? ""),
    };
    startTransition(async () => {
      const result = await changePasswordAction(input);
      setLastResult(result);
      if (report(result, t("account.changedOthersSignedOut"))) element.reset();
      else if (result.code === "RATE_LIMITED" && typeof result.details?.retryAfterSeconds === "number") {
        setFeedback({ tone: "error", text: t("errors.rateLimitedFor", { seconds: result.details.retryAfterSeconds }) });
      }
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(event.currentTarget);
      }}
      className="flex flex-col gap-4"
      data-testid="change-password-form"
    >
      {/* Lets password managers file the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} readOnly />
      <TextField
        label={t("account.currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        dir="ltr"
        required
        error={
          fieldError(lastResult, "currentPassword") ?? (wrongCurrent ? t("errors.wrongCurrentPassword") : undefined)
        }
      />
      <TextField
        label={t("account.newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        dir="ltr"
        required
        minLength={PASSWORD_MIN_LENGTH}
        hint={t("account.passwordHint")}
        error={fieldError(lastResult, "newPassword")}
      />
      <TextField
        label={t("account.confirmPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        dir="ltr"
        required
        error={fieldError(lastResult, "confirmPassword")}
      />
      {feedback && (
        <Notice tone={feedback.tone} testId="change-password-feedback">
          {feedback.text}
        </Notice>
      )}
      <Button type="submit" disabled={pending} className="self-start">
        {t("account.submit")}
      </Button>
    </form>
  );
}
