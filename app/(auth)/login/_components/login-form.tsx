"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { login, type LoginState } from "../actions";

export function LoginForm({ callbackPath }: { callbackPath?: string | null }) {
  const t = useTranslations("login");
  const [state, action, pending] = useActionState<LoginState, FormData>(login, {});

  return (
    <form action={action} className="flex flex-col gap-4" noValidate={false}>
      {callbackPath && <input type="hidden" name="callbackUrl" value={callbackPath} />}
      {state.error && (
        <Notice tone="error" testId="login-error" attempt={state.attempt}>
          {state.error === "rateLimited"
            ? t("rateLimited", { seconds: state.retryAfterSeconds ?? 60 })
            : t(state.error)}
        </Notice>
      )}
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="username"
        dir="ltr"
        required
        defaultValue={state.email}
        autoFocus
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        dir="ltr"
        required
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
