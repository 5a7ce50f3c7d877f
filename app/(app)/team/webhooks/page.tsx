import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { WEBHOOK_EVENT_TYPES } from "@/lib/domain/webhooks/webhook-events";
import { listWebhookEndpoints } from "@/lib/server/webhooks/webhook-endpoints";
import { CreateWebhookForm } from "./_components/create-webhook-form";
import { WebhookEndpointList } from "./_components/webhook-endpoint-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("webhooks"))("title") };
}

/** Admins register where the team's events go, see how delivery went, and test an endpoint. */
export default async function WebhooksPage() {
  const member = await requireMember();
  if (!can(member, "webhook.manage")) notFound();
  const endpoints = await listWebhookEndpoints(member);
  const t = await getTranslations("webhooks");
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="webhooks-heading" className="flex max-w-5xl flex-col gap-3">
        <Link href="/team" className="self-start text-sm text-brand-800 hover:underline">
          {t("backToTeam")}
        </Link>
        <h1 id="webhooks-heading" className="text-2xl font-semibold">
          {t("title")}
        </h1>
        <p className="text-slate-600">{t("intro")}</p>
        <p className="text-sm text-slate-600">{t("signingHint")}</p>
      </section>
      <section
        aria-labelledby="new-webhook-heading"
        className="flex max-w-5xl flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6"
      >
        <h2 id="new-webhook-heading" className="text-lg font-semibold">
          {t("newTitle")}
        </h2>
        <CreateWebhookForm
          eventTypes={[...WEBHOOK_EVENT_TYPES]}
          listedIds={endpoints.map((endpoint) => endpoint.endpointId)}
        />
      </section>
      <WebhookEndpointList endpoints={endpoints} />
    </div>
  );
}
