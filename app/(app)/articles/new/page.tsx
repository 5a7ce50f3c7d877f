import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { ImportArticleForm } from "./_components/import-article-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("importArticle"))("title") };
}

export default async function NewArticlePage() {
  const member = await requireMember();
  if (!can(member, "article.create")) notFound();
  const t = await getTranslations("importArticle");
  return (
    <section aria-labelledby="import-heading" className="flex max-w-3xl flex-col gap-4">
      <h1 id="import-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("intro")}</p>
      <ImportArticleForm />
    </section>
  );
}
