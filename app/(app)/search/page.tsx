import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { FilterSelect } from "@/components/ui/filter-select";
import { LookupCombobox } from "@/components/ui/lookup-combobox";
import { PageLinks } from "@/components/ui/page-links";
import { SnippetText } from "@/components/search/snippet-text";
import type { Member } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import { SelectionReport } from "@/components/reports/selection-report";
import { claimSetOfSearch } from "@/lib/schemas/report-sets";
import { requireMember } from "@/lib/auth/session";
import { pageHref } from "@/lib/domain/paging/page-href";
import { labelName } from "@/lib/domain/ratings/rating-scale";
import { CLAIM_STATUSES, CLAIM_TYPES } from "@/lib/schemas/claims";
import { ZSearchInput, type TSearchInput } from "@/lib/schemas/search";
import { listRatingLabels } from "@/lib/server/ratings/list-rating-labels";
import { listClaims } from "@/lib/server/claims/list-claims";
import { listTagChoices } from "@/lib/server/tags/list-tags";
import { TagChips } from "@/components/tags/tag-chip";
import { getPickerChoice } from "@/lib/server/pickers/get-picker-choice";
import { RANK_LIMIT, searchTeam, type SearchResults } from "@/lib/server/search/search-team";
import { writtenIn } from "@/lib/domain/text/written-in";
import { entityName } from "@/lib/domain/entities/entity-name";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireMember();
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = ZSearchInput.safeParse(raw);
  const input = parsed.success ? parsed.data : ZSearchInput.parse({});
  // With words: ranked search. Without: the team's claims, newest first, under the same filters.
  const [results, scale, claimant, article, tags] = await Promise.all([
    input.q ? searchTeam(member, input) : listedClaims(member, input),
    listRatingLabels(member),
    getPickerChoice(member, "entities", input.claimantId),
    getPickerChoice(member, "articles", input.articleId),
    listTagChoices(member),
  ]);
  const t = await getTranslations("search");
  const tClaims = await getTranslations("claims");
  const tTags = await getTranslations("tags");
  const locale = await getLocale();
  const field = "rounded-md border border-slate-400 bg-white px-3 py-2 font-normal";
  // The filters as parsed (not as typed): a link never carries what the page refused.
  const { cursor, ...filters } = input;

  return (
    <section aria-labelledby="search-heading" className="flex flex-col gap-4">
      <h1 id="search-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("intro")}</p>
      <p className="text-sm text-slate-600">{t("tips")}</p>
      <form
        role="search"
        action="/search"
        className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
      >
        <label className="flex grow flex-col gap-1 text-sm font-medium">
          {t("query")}
          <input name="q" type="search" dir="auto" defaultValue={input.q} className={field} />
        </label>
        <FilterSelect
          label={t("type")}
          name="type"
          value={input.type}
          anyLabel={t("any")}
          options={CLAIM_TYPES.map((type) => ({ value: type, label: tClaims(`type.${type}`) }))}
        />
        <FilterSelect
          label={t("status")}
          name="status"
          value={input.status}
          anyLabel={t("any")}
          options={CLAIM_STATUSES.map((status) => ({ value: status, label: tClaims(`status.${status}`) }))}
        />
        <FilterSelect
          label={t("verdict")}
          name="verdict"
          value={input.verdict}
          anyLabel={t("any")}
          options={scale.map((label) => ({ value: label.key, label: labelName(label, locale) }))}
        />
        <LookupCombobox
          kind="entities"
          label={t("claimant")}
          name="claimantId"
          anyLabel={t("any")}
          initial={claimant}
          className="w-56 max-w-full"
        />
        <LookupCombobox
          kind="articles"
          label={t("article")}
          name="articleId"
          anyLabel={t("any")}
          initial={article}
          className="w-56 max-w-full"
        />
        {tags.length > 0 && (
          <FilterSelect
            label={tTags("filter")}
            name="tagId"
            value={input.tagId}
            anyLabel={tTags("anyTag")}
            options={tags.map((tag) => ({ value: tag.id, label: tag.name }))}
          />
        )}
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("from")}
          <input name="from" type="date" defaultValue={input.from ?? ""} className={field} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("to")}
          <input name="to" type="date" defaultValue={input.to ?? ""} className={field} />
        </label>
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t("submit")}
        </button>
      </form>
      <SelectionReport set={claimSetOfSearch(filters)} canExport={can(member, "report.export")} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="claims-results" className="flex flex-col gap-2">
          <h2 id="claims-results" className="text-lg font-semibold">
            {input.q ? t("claims") : t("latestClaims")}
          </h2>
          {!input.q && <p className="text-sm text-slate-600">{t("prompt")}</p>}
          {results.order === "recent" && input.q && (
            <p className="text-sm text-slate-600">{t("manyMatches", { limit: RANK_LIMIT })}</p>
          )}
          {results.claims.length === 0 ? (
            <p className="text-sm text-slate-600">{t("none")}</p>
          ) : (
            <ol className="flex flex-col gap-2" data-testid="claim-results">
              {results.claims.map((hit) => (
                <li
                  key={hit.id}
                  className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 text-sm"
                >
                  <Link href={`/claims/${hit.id}`} className="text-slate-900 hover:underline">
                    <SnippetText
                      parts={hit.snippet}
                      {...writtenIn(hit.snippet.map((part) => part.text).join(""), hit.article.language)}
                    />
                  </Link>
                  <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                    {hit.verdict && <VerdictBadge verdict={hit.verdict} locale={locale} />}
                    <span>{tClaims(`type.${hit.type}` as never)}</span>
                    <span>{tClaims(`status.${hit.status}` as never)}</span>
                    {hit.claimant && <span dir="auto">{entityName(hit.claimant, locale)}</span>}
                    <span dir="auto">{hit.article.title}</span>
                  </p>
                  <TagChips tags={hit.tags} label={tTags("listLabel")} />
                </li>
              ))}
            </ol>
          )}
          <PageLinks
            nextHref={results.nextCursor ? pageHref("/search", filters, results.nextCursor) : null}
            firstHref={cursor ? pageHref("/search", filters, null) : null}
            label={t("claims")}
          />
        </section>
        {input.q && (
          <div className="flex flex-col gap-6">
            {(
              [
                ["articles", results.articles, "/articles/"],
                ["sources", results.sources, "/sources/"],
              ] as const
            ).map(([key, hits, base]) => (
              <section key={key} aria-labelledby={`${key}-results`} className="flex flex-col gap-2">
                <h2 id={`${key}-results`} className="text-lg font-semibold">
                  {t(key)}
                </h2>
                {hits.length === 0 ? (
                  <p className="text-sm text-slate-600">{t("none")}</p>
                ) : (
                  <ul className="flex flex-col gap-2" data-testid={`${key}-results`}>
                    {hits.map((hit) => (
                      <li
                        key={hit.id}
                        className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 text-sm"
                      >
                        <Link
                          href={`${base}${hit.id}`}
                          className="font-medium text-brand-800 hover:underline"
                          dir="auto"
                        >
                          {hit.title}
                        </Link>
                        <span className="text-xs text-slate-700">
                          <SnippetText parts={hit.snippet} lang={hit.language ?? undefined} />
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}

/** The filtered claim list in the search results' shape (no words, so nothing to highlight). */
async function listedClaims(member: Member, input: TSearchInput): Promise<SearchResults> {
  const page = await listClaims(member, { ...input, limit: 20 });
  return {
    claims: page.items.map((item) => ({ ...item, snippet: [{ text: item.statement, match: false }] })),
    order: "recent",
    nextCursor: page.nextCursor,
    articles: [],
    sources: [],
  };
}
