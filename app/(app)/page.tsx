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
import { listTagChoices } from "@/lib/server/tags/list-tags";
import { TagChips } from "@/components/tags/tag-chip";
import { FilterSelect } from "@/components/ui/filter-select";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
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
  const { cursor, tagId: rawTagId } = await searchParams;
  const tagId = typeof rawTagId === "string" && UUID.test(rawTagId) ? rawTagId : null;
  const [page, tags] = await Promise.all([
    listArticles(member, { cursor: typeof cursor === "string" ? cursor : null, tagId }),
    listTagChoices(member),
  ]);
  const articles = page.items;
  const t = await getTranslations("articles");
  const format = await getFormatter();
  const tTags = await getTranslations("tags");
  const tSearch = await getTranslations("search");

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
      {tags.length > 0 && (
        <form
          action="/"
          role="search"
          aria-label={tTags("filter")}
          className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
        >
          <FilterSelect
            label={tTags("filter")}
            name="tagId"
            value={tagId}
            anyLabel={tTags("anyTag")}
            options={tags.map((tag) => ({ value: tag.id, label: tag.name }))}
          />
          <button
            type="submit"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {tSearch("submit")}
          </button>
        </form>
      )}
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
              <div className="mt-2">
                <TagChips tags={article.tags} label={tTags("listLabel")} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <PageLinks
        nextHref={page.nextCursor ? pageHref("/", { tagId }, page.nextCursor) : null}
        firstHref={cursor ? pageHref("/", { tagId }, null) : null}
        label={t("title")}
      />
      {can(member, "article.create") && (
        <SendToClaimDeskBox bookmarklet={sendToClaimDeskBookmarklet(appUrl("/articles/new"))} />
      )}
    </section>
  );
}
