"use client";

import { eventKey } from "./event-key";
import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { WebhookEventType } from "@/lib/domain/webhooks/webhook-events";
import type { WebhookEndpointDto } from "@/lib/server/webhooks/webhook-endpoints";
import { removeWebhookEndpointAction, sendTestWebhookAction } from "../actions";
import { DeliveryStatus } from "./delivery-status";

export function WebhookEndpointList({ endpoints }: { endpoints: WebhookEndpointDto[] }) {
  const t = useTranslations("webhooks");
  const format = useFormatter();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  function sendTest(endpoint: WebhookEndpointDto) {
    startTransition(async () => {
      const result = await sendTestWebhookAction({ endpointId: endpoint.endpointId });
      if (report(result, t("testQueued"))) router.refresh();
    });
  }

  function remove(endpoint: WebhookEndpointDto) {
    if (!window.confirm(t("confirmRemove", { url: endpoint.url }))) return;
    startTransition(async () => {
      const result = await removeWebhookEndpointAction({ endpointId: endpoint.endpointId });
      if (report(result, t("removed"))) router.refresh();
    });
  }

  return (
    <section aria-labelledby="webhook-list-heading" className="flex max-w-5xl flex-col gap-3">
      <h2 id="webhook-list-heading" className="text-lg font-semibold">
        {t("listTitle")}
      </h2>
      {feedback && (
        <Notice tone={feedback.tone} testId="webhooks-feedback">
          {feedback.text}
        </Notice>
      )}
      {endpoints.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="webhook-list">
          {endpoints.map((endpoint) => (
            <li
              key={endpoint.endpointId}
              className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
              data-testid="webhook-endpoint"
            >
              <p className="font-mono text-sm break-all" dir="ltr">
                {endpoint.url}
              </p>
              {endpoint.description && (
                <p className="text-sm text-slate-700" dir="auto">
                  {endpoint.description}
                </p>
              )}
              <p className="text-sm text-slate-600">
                {t("receives")}{" "}
                {endpoint.events.map((type, index) => (
                  <span key={type}>
                    {index > 0 && t("listSeparator")}
                    {t(`event.${eventKey(type as WebhookEventType)}`)}
                  </span>
                ))}
              </p>
              <p className="text-sm">
                {endpoint.lastDelivery ? (
                  <>
                    {t("lastDelivery")} <DeliveryStatus status={endpoint.lastDelivery.status} />{" "}
                    <span className="text-slate-600">{when(endpoint.lastDelivery.at)}</span>
                  </>
                ) : (
                  <span className="text-slate-600">{t("noDeliveries")}</span>
                )}
              </p>
              <div className="flex flex-wrap items-center gap-2">
                <Button variant="secondary" disabled={pending} onClick={() => sendTest(endpoint)}>
                  {t("sendTest")}
                </Button>
                <Link
                  href={`/team/webhooks/${endpoint.endpointId}`}
                  className="rounded-md px-3 py-2 text-sm font-medium text-brand-800 hover:underline"
                >
                  {t("deliveryLog")}
                </Link>
                <Button
                  variant="danger"
                  disabled={pending}
                  aria-label={t("removeOf", { url: endpoint.url })}
                  onClick={() => remove(endpoint)}
                >
                  {t("remove")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
