import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { listTags } from "@/lib/server/tags/list-tags";
import { TagManager } from "./_components/tag-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("tags"))("title") };
}

export default async function TagsPage() {
  const member = await requireMember();
  if (!can(member, "tag.manage")) notFound();
  const tags = await listTags(member);
  const t = await getTranslations("tags");
  return (
    <section aria-labelledby="tags-heading" className="flex flex-col gap-4">
      <h1 id="tags-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("intro")}</p>
      <TagManager tags={tags} />
    </section>
  );
}
