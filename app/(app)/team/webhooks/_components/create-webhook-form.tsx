"use client";

import { eventKey } from "./event-key";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { CopyField } from "@/components/ui/copy-field";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/text-field";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ActionResult } from "@/lib/auth/action-result";
import type { WebhookEventType } from "@/lib/domain/webhooks/webhook-events";
import { WEBHOOK_DESCRIPTION_MAX_LENGTH, WEBHOOK_URL_MAX_LENGTH } from "@/lib/schemas/webhooks";
import type { WebhookEndpointDto } from "@/lib/server/webhooks/webhook-endpoints";
import { createWebhookEndpointAction } from "../actions";

type Created = { endpoint: WebhookEndpointDto; secret: string };

/** `listedIds`: the team's endpoints; a secret just made is shown only while its endpoint is listed. */
export function CreateWebhookForm({ eventTypes, listedIds }: { eventTypes: WebhookEventType[]; listedIds: string[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, setFeedback, report, fieldError } = useActionFeedback();
  const [lastResult, setLastResult] = useState<ActionResult<Created> | null>(null);
  const created = lastResult?.ok && listedIds.includes(lastResult.data.endpoint.endpointId) ? lastResult.data : null;

  // onSubmit, not a form action: React resets a form after its action runs, losing what was typed on a refusal.
  function submit(element: HTMLFormElement) {
    const form = new FormData(element);
    const input = {
      url: String(form.get("url") ?? ""),
      description: String(form.get("description") ?? ""),
      events: form.getAll("events").map(String) as WebhookEventType[],
    };
    setLastResult(null);
    startTransition(async () => {
      const result = await createWebhookEndpointAction(input);
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

  const eventsError = fieldError(lastResult, "events");
  return (
    <div className="flex flex-col gap-4">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit(event.currentTarget);
        }}
        className="grid gap-4 md:grid-cols-2"
        data-testid="create-webhook-form"
      >
        <TextField
          label={t("webhooks.url")}
          hint={t("webhooks.urlHint")}
          name="url"
          type="url"
          dir="ltr"
          inputMode="url"
          maxLength={WEBHOOK_URL_MAX_LENGTH}
          required
          error={fieldError(lastResult, "url")}
        />
        <TextField
          label={t("webhooks.description")}
          hint={t("webhooks.descriptionHint")}
          name="description"
          dir="auto"
          maxLength={WEBHOOK_DESCRIPTION_MAX_LENGTH}
          error={fieldError(lastResult, "description")}
        />
        <fieldset
          className="flex flex-col gap-2 md:col-span-2"
          aria-describedby={eventsError ? "webhook-events-error" : undefined}
        >
          <legend className="mb-1 text-sm font-medium text-slate-800">{t("webhooks.events")}</legend>
          <div className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
            {eventTypes.map((type) => (
              <label key={type} className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="events" value={type} className="mt-1" />
                <span>
                  <span className="block">{t(`webhooks.event.${eventKey(type)}`)}</span>
                  <code className="text-xs text-slate-600" dir="ltr">
                    {type}
                  </code>
                </span>
              </label>
            ))}
          </div>
          {eventsError && (
            <p id="webhook-events-error" className="text-sm text-red-700">
              {eventsError}
            </p>
          )}
        </fieldset>
        <div className="flex flex-col gap-3 md:col-span-2">
          {feedback && (
            <Notice tone={feedback.tone} testId="create-webhook-feedback">
              {feedback.text}
            </Notice>
          )}
          <Button type="submit" disabled={pending} className="self-start">
            {t("webhooks.create")}
          </Button>
        </div>
      </form>
      {created && (
        <div
          className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-4"
          data-testid="webhook-created"
        >
          <p className="text-sm text-amber-950">{t("webhooks.secretOnce")}</p>
          <CopyField
            label={t("webhooks.secret")}
            value={created.secret}
            testId="webhook-secret"
            words={{ copy: t("webhooks.copy"), copied: t("webhooks.copied"), selected: t("webhooks.selected") }}
          />
        </div>
      )}
    </div>
  );
}
