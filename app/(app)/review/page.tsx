import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { CLAIM_TYPES } from "@/lib/schemas/claims";
import { ZReviewQueueFilters } from "@/lib/schemas/ratings";
import { listArticles } from "@/lib/server/articles/list-articles";
import { listReviewQueue } from "@/lib/server/claims/list-review-queue";
import { listTeamPeople } from "@/lib/server/teams/list-team-people";
import { ReviewQueue } from "./_components/review-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

export default async function ReviewPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const member = await requireMember();
  const parsed = ZReviewQueueFilters.safeParse(await searchParams);
  const filters = parsed.success ? parsed.data : { articleId: null, assigneeId: null, type: null };
  const [queue, articles, people] = await Promise.all([listReviewQueue(member, filters), listArticles(member), listTeamPeople(member)]);
  const t = await getTranslations("review");
  const tClaims = await getTranslations("claims");
  const select = "rounded-md border border-slate-400 bg-white px-3 py-2 font-normal";
  return (
    <section aria-labelledby="review-heading" className="flex flex-col gap-4">
      <h1 id="review-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("intro")}</p>
      <form action="/review" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("article")}
          <select name="articleId" defaultValue={filters.articleId ?? ""} className={`${select} max-w-xs`}>
            <option value="">{t("any")}</option>
            {articles.map((article) => (
              <option key={article.id} value={article.id}>
                {article.title}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("assignee")}
          <select name="assigneeId" defaultValue={filters.assigneeId ?? ""} className={select}>
            <option value="">{t("any")}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("type")}
          <select name="type" defaultValue={filters.type ?? ""} className={select}>
            <option value="">{t("any")}</option>
            {CLAIM_TYPES.map((type) => (
              <option key={type} value={type}>
                {tClaims(`type.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50">
          {t("filter")}
        </button>
      </form>
      <ReviewQueue queue={queue} canBulk={can(member, "claim.approve")} />
    </section>
  );
}
