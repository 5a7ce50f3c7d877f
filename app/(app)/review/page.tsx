import type { Metadata } from "next";
import { getNow, getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/ui/filter-select";
import { LookupCombobox } from "@/components/ui/lookup-combobox";
import { PageLinks } from "@/components/ui/page-links";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { pageHref } from "@/lib/domain/paging/page-href";
import { CLAIM_TYPES } from "@/lib/schemas/claims";
import { ZReviewQueueFilters } from "@/lib/schemas/ratings";
import { ATTENTION_LIMIT, listClaimsNeedingAttention } from "@/lib/server/claims/list-claims-needing-attention";
import { listReviewQueue } from "@/lib/server/claims/list-review-queue";
import { listTagChoices } from "@/lib/server/tags/list-tags";
import { getPickerChoice } from "@/lib/server/pickers/get-picker-choice";
import { listTeamPeople } from "@/lib/server/teams/list-team-people";
import { NeedsAttention } from "./_components/needs-attention";
import { ReviewQueue } from "./_components/review-queue";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

export default async function ReviewPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requireMember();
  const raw = await searchParams;
  const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = ZReviewQueueFilters.safeParse({
    articleId: one(raw.articleId),
    assigneeId: one(raw.assigneeId),
    type: one(raw.type),
    tagId: one(raw.tagId),
  });
  const filters = parsed.success ? parsed.data : { articleId: null, assigneeId: null, type: null, tagId: null };
  const cursor = one(raw.cursor) ?? null;
  const [queue, attention, article, people, tags, now] = await Promise.all([
    listReviewQueue(member, { ...filters, cursor }),
    listClaimsNeedingAttention(member, filters, ATTENTION_LIMIT + 1),
    getPickerChoice(member, "articles", filters.articleId),
    listTeamPeople(member),
    listTagChoices(member),
    getNow(),
  ]);
  const t = await getTranslations("review");
  const tClaims = await getTranslations("claims");
  const tTags = await getTranslations("tags");
  return (
    <section aria-labelledby="review-heading" className="flex flex-col gap-4">
      <h1 id="review-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("intro")}</p>
      <form action="/review" className="flex flex-wrap items-end gap-2">
        <LookupCombobox
          kind="articles"
          label={t("article")}
          name="articleId"
          anyLabel={t("any")}
          initial={article}
          className="w-72 max-w-full"
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
        {tags.length > 0 && (
          <FilterSelect
            label={tTags("filter")}
            name="tagId"
            value={filters.tagId}
            anyLabel={tTags("anyTag")}
            options={tags.map((tag) => ({ value: tag.id, label: tag.name }))}
          />
        )}
        <button
          type="submit"
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
        >
          {t("filter")}
        </button>
      </form>
      <NeedsAttention items={attention.slice(0, ATTENTION_LIMIT)} more={attention.length > ATTENTION_LIMIT} />
      <ReviewQueue
        key={pageHref("/review", { ...filters }, cursor)}
        queue={queue.items}
        canBulk={can(member, "claim.approve")}
        userId={member.userId}
        now={now.toISOString()}
      />
      <PageLinks
        nextHref={queue.nextCursor ? pageHref("/review", { ...filters }, queue.nextCursor) : null}
        firstHref={cursor ? pageHref("/review", { ...filters }, null) : null}
        label={t("title")}
      />
    </section>
  );
}
