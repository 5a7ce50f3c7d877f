"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/lib/auth/action-result";

export type Feedback = { tone: "error" | "success"; text: string } | null;

/**
 * Turns an action result into a translated message: a specific reason when the server gave
 * one (details.reason), else the message for the error code.
 */
export function useActionFeedback() {
  const t = useTranslations("errors");
  const [feedback, setFeedback] = useState<Feedback>(null);

  function report<T>(result: ActionResult<T>, success: string): result is { ok: true; data: T } {
    if (result.ok) {
      setFeedback({ tone: "success", text: success });
      return true;
    }
    const reason = result.details?.reason;
    const key = typeof reason === "string" && t.has(reason as never) ? reason : result.code;
    setFeedback({ tone: "error", text: t(key as never) });
    return false;
  }

  function fieldError(result: ActionResult<unknown> | null, field: string): string | undefined {
    if (!result || result.ok || !result.fieldErrors?.[field]) return undefined;
    const key = result.fieldErrors[field]?.[0] ?? "VALIDATION";
    return t.has(key as never) ? t(key as never) : t("VALIDATION");
  }

  return { feedback, setFeedback, report, fieldError };
}
