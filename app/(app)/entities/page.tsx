import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/ui/page-links";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { pageHref } from "@/lib/domain/paging/page-href";
import { listEntityPage } from "@/lib/server/entities/list-entity-page";
import { EntityManager } from "./_components/entity-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("entities"))("title") };
}

export default async function EntitiesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requireMember();
  const { q, cursor: rawCursor } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 200) : "";
  const cursor = typeof rawCursor === "string" ? rawCursor : null;
  const page = await listEntityPage(member, { query, cursor });
  const t = await getTranslations("entities");
  return (
    <section aria-labelledby="entities-heading" className="flex flex-col gap-4">
      <h1 id="entities-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("intro")}</p>
      <EntityManager entities={page.items} query={query} canManage={can(member, "entity.manage")} />
      <PageLinks
        nextHref={page.nextCursor ? pageHref("/entities", { q: query }, page.nextCursor) : null}
        firstHref={cursor ? pageHref("/entities", { q: query }, null) : null}
        label={t("title")}
      />
    </section>
  );
}
