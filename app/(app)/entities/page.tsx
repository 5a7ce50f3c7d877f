import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { listEntities } from "@/lib/server/entities/list-entities";
import { EntityManager } from "./_components/entity-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("entities"))("title") };
}

export default async function EntitiesPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const member = await requireMember();
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 200) : "";
  const entities = await listEntities(member, { query });
  const t = await getTranslations("entities");
  return (
    <section aria-labelledby="entities-heading" className="flex flex-col gap-4">
      <h1 id="entities-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("intro")}</p>
      <EntityManager entities={entities} query={query} canManage={can(member, "entity.manage")} />
    </section>
  );
}
