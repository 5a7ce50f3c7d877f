"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import { PASSWORD_MIN_LENGTH } from "@/lib/schemas/auth";
import { acceptWithNewAccountAction } from "../actions";

/** A name and a password for the invited email, which has no account yet. */
export function NewAccountForm({ token, email, signInHref }: { token: string; email: string; signInHref: string }) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const { feedback, report, fieldError } = useActionFeedback();
  const [lastResult, setLastResult] = useState<ActionResult<unknown> | null>(null);
  const accountExists = lastResult?.ok === false && lastResult.details?.reason === "accountExists";
  const readyToSignIn = lastResult?.ok === true;

  // onSubmit, not a form action, so what was typed stays when the server refuses it.
  function submit(form: FormData) {
    const input = {
      token,
      name: String(form.get("name") ?? ""),
      password: String(form.get("password") ?? ""),
      confirmPassword: String(form.get("confirmPassword") ?? ""),
    };
    startTransition(async () => {
      // On success the action signs in and redirects; what comes back is a refusal, or an
      // account made but not signed in (the sign-in limits).
      const result = await acceptWithNewAccountAction(input);
      setLastResult(result);
      report(result, t("invite.accountReady"));
    });
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit(new FormData(event.currentTarget));
      }}
      className="flex flex-col gap-4"
      data-testid="new-account-form"
    >
      <TextField label={t("invite.email")} value={email} readOnly dir="ltr" name="email" autoComplete="username" />
      <TextField
        label={t("invite.name")}
        name="name"
        autoComplete="name"
        maxLength={120}
        required
        error={fieldError(lastResult, "name")}
      />
      <TextField
        label={t("invite.password")}
        name="password"
        type="password"
        autoComplete="new-password"
        dir="ltr"
        minLength={PASSWORD_MIN_LENGTH}
        maxLength={200}
        required
        hint={t("team.passwordHint")}
        error={fieldError(lastResult, "password")}
      />
      <TextField
        label={t("invite.confirmPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        dir="ltr"
        maxLength={200}
        required
        error={fieldError(lastResult, "confirmPassword")}
      />
      {feedback && (
        <Notice tone={feedback.tone} testId="new-account-feedback">
          {feedback.text}{" "}
          {(accountExists || readyToSignIn) && (
            <Link href={signInHref} className="font-medium underline">
              {t("invite.signInToAccept")}
            </Link>
          )}
        </Notice>
      )}
      <Button type="submit" disabled={pending || readyToSignIn} className="self-start">
        {t("invite.createAccount")}
      </Button>
    </form>
  );
}
