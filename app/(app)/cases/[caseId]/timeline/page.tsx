import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FilterSelect } from "@/components/ui/filter-select";
import { requireMember } from "@/lib/auth/session";
import { TIMELINE_EVENT_LIMIT } from "@/lib/domain/cases/timeline";
import { entityName } from "@/lib/domain/entities/entity-name";
import { isAppError } from "@/lib/errors";
import { CLAIM_STATUSES, CLAIM_TYPES } from "@/lib/schemas/claims";
import { ZCaseTimelineFilter } from "@/lib/schemas/case-views";
import { getCaseTimeline } from "@/lib/server/cases/get-case-timeline";
import { TimelineAxis } from "../_components/timeline-axis";
import { TimelineList } from "../_components/timeline-list";

type Params = Promise<{ caseId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("caseTimeline"))("title") };
}

/** The case on a time axis, filtered by claimant, type and status (a GET form), with the same events as a table. */
export default async function CaseTimelinePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}) {
  const member = await requireMember();
  const { caseId } = await params;
  const raw = Object.fromEntries(
    Object.entries(await searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  const parsed = ZCaseTimelineFilter.safeParse(raw);
  const filter = parsed.success ? parsed.data : ZCaseTimelineFilter.parse({});
  let timeline;
  try {
    timeline = await getCaseTimeline(member, { caseId, ...filter });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const t = await getTranslations("caseTimeline");
  const tClaims = await getTranslations("claims");
  const locale = await getLocale();
  return (
    <section aria-labelledby="case-timeline-heading" className="flex flex-col gap-4" data-testid="case-timeline">
      <h2 id="case-timeline-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <form
        action={`/cases/${timeline.case.id}/timeline`}
        className="flex flex-wrap items-end gap-2 rounded-lg border border-slate-200 bg-white p-3"
        aria-label={t("filters")}
      >
        <FilterSelect
          label={t("claimant")}
          name="claimantId"
          value={filter.claimantId}
          anyLabel={t("any")}
          options={timeline.claimants.map((claimant) => ({ value: claimant.id, label: entityName(claimant, locale) }))}
        />
        <FilterSelect
          label={t("type")}
          name="type"
          value={filter.type}
          anyLabel={t("any")}
          options={CLAIM_TYPES.map((type) => ({ value: type, label: tClaims(`type.${type}`) }))}
        />
        <FilterSelect
          label={t("status")}
          name="status"
          value={filter.status}
          anyLabel={t("any")}
          options={CLAIM_STATUSES.map((status) => ({ value: status, label: tClaims(`status.${status}`) }))}
        />
        <button
          type="submit"
          className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
        >
          {t("apply")}
        </button>
      </form>
      <details className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
        <summary className="cursor-pointer font-medium">{t("howToRead")}</summary>
        <ul className="mt-2 list-disc space-y-1 ps-5 text-slate-700">
          <li>{t("legendLanes")}</li>
          <li>{t("legendFirst")}</li>
          <li>{t("legendSameClaim")}</li>
          <li>{t("legendSourceRepeats")}</li>
        </ul>
      </details>
      {timeline.total > timeline.events.length && (
        <p role="status" className="rounded-md border border-amber-400 bg-amber-50 p-2 text-sm">
          {t("capped", { shown: TIMELINE_EVENT_LIMIT, total: timeline.total })}
        </p>
      )}
      {timeline.events.length === 0 ? (
        <p className="text-sm text-slate-600">{t("none")}</p>
      ) : (
        <>
          <TimelineAxis timeline={timeline} />
          <TimelineList timeline={timeline} />
        </>
      )}
    </section>
  );
}
