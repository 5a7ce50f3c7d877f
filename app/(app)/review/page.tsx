import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/ui/filter-select";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { CLAIM_TYPES } from "@/lib/schemas/claims";
import { ZReviewQueueFilters } from "@/lib/schemas/ratings";
import { listArticles } from "@/lib/server/articles/list-articles";
import { listClaimsNeedingAttention } from "@/lib/server/claims/list-claims-needing-attention";
import { listReviewQueue } from "@/lib/server/claims/list-review-queue";
import { listTeamPeople } from "@/lib/server/teams/list-team-people";
import { NeedsAttention } from "./_components/needs-attention";
import { ReviewQueue } from "./_components/review-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const member = await requireMember();
  const parsed = ZReviewQueueFilters.safeParse(await searchParams);
  const filters = parsed.success ? parsed.data : { articleId: null, assigneeId: null, type: null };
  const [queue, attention, articles, people] = await Promise.all([
    listReviewQueue(member, filters),
    listClaimsNeedingAttention(member, filters),
    listArticles(member),
    listTeamPeople(member),
  ]);
  const t = await getTranslations("review");
  const tClaims = await getTranslations("claims");
  return (
    <section aria-labelledby="review-heading" className="flex flex-col gap-4">
      <h1 id="review-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("intro")}</p>
      <form action="/review" className="flex flex-wrap items-end gap-2">
        <FilterSelect
          label={t("article")}
          name="articleId"
          value={filters.articleId}
          anyLabel={t("any")}
          options={articles.map((article) => ({ value: article.id, label: article.title }))}
          className="max-w-xs"
        />
        <FilterSelect
          label={t("assignee")}
          name="assigneeId"
          value={filters.assigneeId}
          anyLabel={t("any")}
          options={people.map((person) => ({ value: person.id, label: person.name }))}
        />
        <FilterSelect
          label={t("type")}
          name="type"
          value={filters.type}
          anyLabel={t("any")}
          options={CLAIM_TYPES.map((type) => ({ value: type, label: tClaims(`type.${type}`) }))}
        />
        <button
          type="submit"
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
        >
          {t("filter")}
        </button>
      </form>
      <NeedsAttention items={attention} />
      <ReviewQueue queue={queue} canBulk={can(member, "claim.approve")} userId={member.userId} />
    </section>
  );
}
