import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { listWebhookDeliveries } from "@/lib/server/webhooks/webhook-deliveries";
import { listWebhookEndpoints } from "@/lib/server/webhooks/webhook-endpoints";
import { DeliveryLog } from "../_components/delivery-log";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("logTitle") };
}

const ZParams = z.object({ endpointId: z.uuid() });
const ZSearch = z.object({ before: z.uuid().optional().catch(undefined) });

/** One endpoint's deliveries, newest first, 50 a page: status, answer, time taken, next try; redeliver. */
export default async function WebhookDeliveriesPage({
  params,
  searchParams,
}: {
  params: Promise<{ endpointId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requireMember();
  if (!can(member, "webhook.manage")) notFound();
  const parsed = ZParams.safeParse(await params);
  if (!parsed.success) notFound();
  const [endpoint] = await listWebhookEndpoints(member, { endpointId: parsed.data.endpointId });
  if (!endpoint) notFound();
  const { before } = ZSearch.parse(await searchParams);
  const page = await listWebhookDeliveries(member, { endpointId: endpoint.endpointId, before });
  const t = await getTranslations("webhooks");
  return (
    <section aria-labelledby="webhook-log-heading" className="flex max-w-6xl flex-col gap-4">
      <Link href="/team/webhooks" className="self-start text-sm text-brand-800 hover:underline">
        {t("backToWebhooks")}
      </Link>
      <h1 id="webhook-log-heading" className="text-2xl font-semibold">
        {t("logTitle")}
      </h1>
      <p className="font-mono text-sm break-all" dir="ltr">
        {endpoint.url}
      </p>
      <DeliveryLog deliveries={page.items} />
      <nav aria-label={t("pages")} className="flex gap-4 text-sm">
        {before && (
          <Link href={`/team/webhooks/${endpoint.endpointId}`} className="text-brand-800 hover:underline">
            {t("newest")}
          </Link>
        )}
        {page.next && (
          <Link
            href={`/team/webhooks/${endpoint.endpointId}?before=${page.next}`}
            className="text-brand-800 hover:underline"
          >
            {t("older")}
          </Link>
        )}
      </nav>
    </section>
  );
}
