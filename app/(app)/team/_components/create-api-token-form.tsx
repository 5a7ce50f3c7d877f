"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import type { Role } from "@/lib/auth/permissions";
import { API_TOKEN_NAME_MAX_LENGTH } from "@/lib/schemas/api-tokens";
import type { CreatedApiTokenDto } from "@/lib/server/api-tokens/create-api-token";
import { createApiTokenAction } from "../actions";

/** `listedIds`: the team's usable tokens; a token just made is shown only while it is one of them. */
export function CreateApiTokenForm({
  roles,
  expiryRange,
  listedIds,
}: {
  roles: Role[];
  expiryRange: { min: string; max: string };
  listedIds: string[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, setFeedback, report, fieldError } = useActionFeedback();
  const [lastResult, setLastResult] = useState<ActionResult<CreatedApiTokenDto> | null>(null);
  const created = lastResult?.ok && listedIds.includes(lastResult.data.apiToken.tokenId) ? lastResult.data : null;

  // onSubmit, not a form action: React resets a form after its action runs, losing what was typed on a refusal.
  function submit(element: HTMLFormElement) {
    const form = new FormData(element);
    const expiresOn = String(form.get("expiresOn") ?? "");
    const input = {
      name: String(form.get("name") ?? ""),
      role: String(form.get("role") ?? "VIEWER") as Role,
      expiresOn: expiresOn === "" ? null : expiresOn,
    };
    setLastResult(null);
    startTransition(async () => {
      const result = await createApiTokenAction(input);
      setLastResult(result);
      if (result.ok) {
        setFeedback(null);
        element.reset();
        router.refresh();
      } else {
        report(result, "");
      }
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit(event.currentTarget);
        }}
        className="grid gap-4 sm:grid-cols-3"
        data-testid="create-api-token-form"
      >
        <TextField
          label={t("apiTokens.name")}
          hint={t("apiTokens.nameHint")}
          name="name"
          dir="auto"
          maxLength={API_TOKEN_NAME_MAX_LENGTH}
          required
          error={fieldError(lastResult, "name")}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="api-token-role" className="text-sm font-medium text-slate-800">
            {t("apiTokens.role")}
          </label>
          <select
            id="api-token-role"
            name="role"
            defaultValue={roles.includes("FACT_CHECKER") ? "FACT_CHECKER" : roles[0]}
            aria-describedby="api-token-role-hint"
            className="rounded-md border border-slate-400 bg-white px-3 py-2"
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
          <p id="api-token-role-hint" className="text-xs text-slate-600">
            {t("apiTokens.roleHint")}
          </p>
        </div>
        <TextField
          label={t("apiTokens.expiresOn")}
          hint={t("apiTokens.expiresOnHint")}
          name="expiresOn"
          type="date"
          dir="ltr"
          min={expiryRange.min}
          max={expiryRange.max}
          error={fieldError(lastResult, "expiresOn")}
        />
        <div className="flex flex-col gap-3 sm:col-span-3">
          {feedback && (
            <Notice tone={feedback.tone} testId="create-api-token-feedback">
              {feedback.text}
            </Notice>
          )}
          <Button type="submit" disabled={pending} className="self-start">
            {t("apiTokens.create")}
          </Button>
        </div>
      </form>
      {created && <CreatedToken created={created} />}
    </div>
  );
}

/** The token, shown once: only its hash is stored, so this is the admin's one chance to copy it. */
function CreatedToken({ created }: { created: CreatedApiTokenDto }) {
  const t = useTranslations("apiTokens");
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<"yes" | "select" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied("yes");
    } catch {
      // No clipboard (a plain-HTTP address, say): select the token so the admin can copy it by hand.
      field.current?.select();
      setCopied("select");
    }
  }

  return (
    <div
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-4"
      data-testid="api-token-created"
    >
      <p className="text-sm text-amber-950">
        <bdi>{created.apiToken.name}</bdi>: {t("created")}
      </p>
      <label htmlFor={id} className="text-sm font-medium text-slate-800">
        {t("token")}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id={id}
          ref={field}
          value={created.token}
          readOnly
          dir="ltr"
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900"
          data-testid="api-token-value"
        />
        <Button variant="secondary" onClick={() => void copy()}>
          {t("copy")}
        </Button>
      </div>
      <p className="text-sm font-medium text-amber-950" role="status">
        {copied === "yes" ? t("copied") : copied === "select" ? t("selected") : t("shownOnce")}
      </p>
    </div>
  );
}
