import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { StatusProgress } from "@/components/claims/status-progress";
import { PageLinks } from "@/components/ui/page-links";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { appUrl } from "@/lib/config/env";
import { sendToClaimDeskBookmarklet } from "@/lib/domain/articles/send-to-claimdesk-bookmarklet";
import { pageHref } from "@/lib/domain/paging/page-href";
import { listArticles } from "@/lib/server/articles/list-articles";
import { SendToClaimDeskBox } from "./_components/send-to-claimdesk-box";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("articles"))("title") };
}

export default async function ArticlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requireMember();
  const { cursor } = await searchParams;
  const page = await listArticles(member, { cursor: typeof cursor === "string" ? cursor : null });
  const articles = page.items;
  const t = await getTranslations("articles");
  const format = await getFormatter();

  return (
    <section aria-labelledby="articles-heading" className="flex flex-col gap-4">
      <div className="flex items-baseline justify-between">
        <h1 id="articles-heading" className="text-2xl font-semibold">
          {t("title")}
        </h1>
        <div className="flex items-center gap-4">
          <p className="text-sm text-slate-600">{t("count", { count: page.total })}</p>
          {can(member, "article.create") && (
            <Link
              href="/articles/new"
              className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("import")}
            </Link>
          )}
        </div>
      </div>
      {articles.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-3" data-testid="article-list">
          {articles.map((article) => (
            <li key={article.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <h2 lang={article.language} dir={article.direction} className="text-lg font-semibold">
                <Link href={`/articles/${article.id}`} className="text-brand-900 hover:underline">
                  {article.title || t("untitled")}
                </Link>
              </h2>
              <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
                <div className="flex gap-1">
                  <dt>{t("publisher")}:</dt>
                  <dd>{article.publisher ?? t("unknown")}</dd>
                </div>
                <div className="flex gap-1">
                  <dt>{t("claims")}:</dt>
                  <dd>{article.claimCount}</dd>
                </div>
                <div className="flex gap-1">
                  <dt>{t("language")}:</dt>
                  <dd>{article.language}</dd>
                </div>
                <div className="flex gap-1">
                  <dt>{t("published")}:</dt>
                  <dd>
                    {article.publishedAt
                      ? format.dateTime(new Date(article.publishedAt), { dateStyle: "medium" })
                      : t("unknown")}
                  </dd>
                </div>
              </dl>
              <StatusProgress progress={article.progress} label={t("progress")} />
            </li>
          ))}
        </ul>
      )}
      <PageLinks
        nextHref={page.nextCursor ? pageHref("/", {}, page.nextCursor) : null}
        firstHref={cursor ? "/" : null}
        label={t("title")}
      />
      {can(member, "article.create") && (
        <SendToClaimDeskBox bookmarklet={sendToClaimDeskBookmarklet(appUrl("/articles/new"))} />
      )}
    </section>
  );
}
