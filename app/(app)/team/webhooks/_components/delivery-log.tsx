"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { WebhookDeliveryDto } from "@/lib/server/webhooks/webhook-deliveries";
import { redeliverWebhookAction } from "../actions";
import { DeliveryStatus } from "./delivery-status";

const COLUMNS = ["event", "status", "response", "duration", "attempts", "createdAt", "nextAttempt"] as const;

export function DeliveryLog({ deliveries }: { deliveries: WebhookDeliveryDto[] }) {
  const t = useTranslations("webhooks");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "medium" });

  function redeliver(delivery: WebhookDeliveryDto) {
    startTransition(async () => {
      const result = await redeliverWebhookAction({ deliveryId: delivery.deliveryId });
      if (report(result, t("redeliverQueued"))) router.refresh();
    });
  }

  if (deliveries.length === 0) return <p className="text-sm text-slate-600">{t("noDeliveries")}</p>;
  return (
    <div className="flex flex-col gap-3">
      {feedback && (
        <Notice tone={feedback.tone} testId="delivery-log-feedback">
          {feedback.text}
        </Notice>
      )}
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white">
        <table className="w-full text-start text-sm" data-testid="delivery-log">
          <thead className="bg-slate-50 text-slate-700">
            <tr>
              {COLUMNS.map((column) => (
                <th key={column} scope="col" className="px-3 py-2 text-start font-medium">
                  {t(`column.${column}`)}
                </th>
              ))}
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">{t("actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.deliveryId} className="border-t border-slate-200 align-top" data-testid="delivery">
                <th scope="row" className="px-3 py-2 text-start font-normal">
                  <code dir="ltr" className="text-xs">
                    {delivery.eventType}
                  </code>
                  <span className="block font-mono text-xs text-slate-500" dir="ltr">
                    {delivery.messageId}
                  </span>
                </th>
                <td className="px-3 py-2">
                  <DeliveryStatus status={delivery.status} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap" dir="ltr">
                  {delivery.responseStatus ?? (delivery.errorCode ? t(`error.${errorKey(delivery.errorCode)}`) : "—")}
                </td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {delivery.durationMs === null ? "—" : t("milliseconds", { value: delivery.durationMs })}
                </td>
                <td className="px-3 py-2">{format.number(delivery.attempts)}</td>
                <td className="px-3 py-2 whitespace-nowrap">{when(delivery.createdAt)}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {delivery.status === "PENDING" && delivery.nextAttemptAt ? when(delivery.nextAttemptAt) : "—"}
                </td>
                <td className="px-3 py-2">
                  {delivery.status !== "PENDING" && (
                    <Button
                      variant="secondary"
                      disabled={pending}
                      aria-label={t("redeliverOf", { id: delivery.messageId })}
                      onClick={() => redeliver(delivery)}
                    >
                      {t("redeliver")}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The fetcher's failure codes the log names; anything else reads as "could not be delivered". */
const KNOWN_ERRORS = [
  "FORBIDDEN_ADDRESS",
  "DNS_FAILED",
  "TIMEOUT",
  "NETWORK",
  "TOO_LARGE",
  "ENDPOINT_REMOVED",
] as const;
function errorKey(code: string): (typeof KNOWN_ERRORS)[number] | "OTHER" {
  return KNOWN_ERRORS.find((known) => known === code) ?? "OTHER";
}
