import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { readSentToClaimDesk } from "@/lib/schemas/send-to-claimdesk";
import { ImportArticleForm } from "./_components/import-article-form";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("importArticle"))("title") };
}

export default async function NewArticlePage({ searchParams }: { searchParams: SearchParams }) {
  const sent = readSentToClaimDesk(await searchParams);
  // Signed out (the bookmarklet opened this page): sign in, then back here with what it sent (lib/auth/return-path.ts).
  const member = await requireMember();
  const t = await getTranslations("importArticle");
  const tSent = await getTranslations("sendToClaimDesk");
  const allowed = can(member, "article.create") && (!sent.quote || can(member, "claim.create"));
  return (
    <section aria-labelledby="import-heading" className="flex max-w-3xl flex-col gap-4">
      <h1 id="import-heading" className="text-2xl font-semibold">
        {allowed ? t("title") : tSent("cannotImportTitle")}
      </h1>
      {allowed ? (
        <>
          <p className="text-slate-600">{t("intro")}</p>
          {sent.ignored.length > 0 && (
            <Notice tone="warning" testId="sent-ignored">
              {tSent("ignored", {
                fields: (await getFormatter()).list(sent.ignored.map((field) => tSent(`field.${field}`))),
              })}
            </Notice>
          )}
          <ImportArticleForm sent={{ url: sent.url, title: sent.title, quote: sent.quote }} />
        </>
      ) : (
        <p className="text-slate-700" data-testid="cannot-import">
          {tSent("cannotImport", { role: (await getTranslations("roles"))(member.role) })}
        </p>
      )}
    </section>
  );
}
