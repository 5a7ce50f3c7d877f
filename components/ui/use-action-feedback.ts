"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";

export type Feedback = { tone: "error" | "success"; text: string } | null;

/** What is kept: an error by its message key (so it follows a change of language), other text with its language. */
type Kept = { tone: "error"; key: string } | { tone: "error" | "success"; text: string; locale: string } | null;

/**
 * Turns an action result into a translated message: a specific reason when the server gave
 * one (details.reason), else the message for the error code. Switching the interface's language
 * re-renders without a reload: errors are shown in the new language, and a success message
 * written in the old one is dropped rather than left in the wrong language.
 */
export function useActionFeedback() {
  const t = useTranslations("errors");
  const locale = useLocale();
  const [kept, setKept] = useState<Kept>(null);

  const feedback: Feedback =
    kept === null
      ? null
      : "key" in kept
        ? { tone: "error", text: t(kept.key as never) }
        : kept.locale === locale
          ? { tone: kept.tone, text: kept.text }
          : null;

  function setFeedback(next: Feedback): void {
    setKept(next && { ...next, locale });
  }

  function report<T>(result: ActionResult<T>, success: string): result is { ok: true; data: T } {
    if (result.ok) {
      setFeedback({ tone: "success", text: success });
      return true;
    }
    const reason = result.details?.reason;
    setKept({ tone: "error", key: typeof reason === "string" && t.has(reason as never) ? reason : result.code });
    return false;
  }

  function fieldError(result: ActionResult<unknown> | null, field: string): string | undefined {
    if (!result || result.ok || !result.fieldErrors?.[field]) return undefined;
    const key = result.fieldErrors[field]?.[0] ?? "VALIDATION";
    return t.has(key as never) ? t(key as never) : t("VALIDATION");
  }

  return { feedback, setFeedback, report, fieldError };
}
