import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { CaseFigures } from "@/components/charts/case-figures";
import { StatusProgress } from "@/components/claims/status-progress";
import { requireMember } from "@/lib/auth/session";
import { entityName } from "@/lib/domain/entities/entity-name";
import { isAppError } from "@/lib/errors";
import { getCaseOverview } from "@/lib/server/cases/get-case-overview";
import { OverviewClaimGroups } from "./_components/overview-claim-groups";
import { OverviewConflicts } from "./_components/overview-conflicts";
import { OverviewOrigins } from "./_components/overview-origins";

type Params = Promise<{ caseId: string }>;

// Once per request: the title and the page share the overview.
const load = cache(async (caseId: string) => {
  const member = await requireMember();
  try {
    return await getCaseOverview(member, { caseId });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const overview = await load((await params).caseId);
  return { title: `${overview.case.title} · ${(await getTranslations("caseOverview"))("title")}` };
}

/** A case at a glance: numbers, progress, claims by status and claimant, independence, conflicts, origins. */
export default async function CaseOverviewPage({ params }: { params: Params }) {
  const { caseId } = await params;
  const overview = await load(caseId);
  const t = await getTranslations("caseOverview");
  const tClaims = await getTranslations("claims");
  const tFigures = await getTranslations("caseFigures");
  const locale = await getLocale();
  const timeline = `/cases/${overview.case.id}/timeline`;
  const progress = Object.fromEntries(overview.figures.byStatus.map((row) => [row.status, row.count]));
  return (
    <div className="flex flex-col gap-6" data-testid="case-overview">
      <section aria-labelledby="case-numbers" className="flex flex-col gap-2">
        <h2 id="case-numbers" className="text-lg font-semibold">
          {t("numbers")}
        </h2>
        {overview.figures.claims === 0 ? (
          <p className="text-sm text-slate-600">{t("noClaims")}</p>
        ) : (
          <>
            <StatusProgress progress={progress} label={t("progress")} />
            <CaseFigures figures={overview.figures} />
          </>
        )}
      </section>
      <section aria-labelledby="case-independence" className="flex flex-col gap-2">
        <h2 id="case-independence" className="text-lg font-semibold">
          {t("independence")}
        </h2>
        <p className="text-sm text-slate-600">{t("independenceHint")}</p>
        <OverviewClaimGroups
          testId="case-independence-groups"
          groups={overview.byIndependence.map((group) => ({
            key: group.independence,
            title: tFigures(`independenceKinds.${group.independence}`),
            count: group.count,
            first: group.first,
            moreHref: null,
          }))}
        />
      </section>
      <section aria-labelledby="case-conflicts-heading" className="flex flex-col gap-2">
        <h2 id="case-conflicts-heading" className="text-lg font-semibold">
          {t("conflicts")}
        </h2>
        <p className="text-sm text-slate-600">{t("conflictsHint")}</p>
        <OverviewConflicts conflicts={overview.conflicts} />
      </section>
      <section aria-labelledby="case-by-status" className="flex flex-col gap-2">
        <h2 id="case-by-status" className="text-lg font-semibold">
          {t("byStatus")}
        </h2>
        <OverviewClaimGroups
          testId="case-status-groups"
          groups={overview.byStatus.map((group) => ({
            key: group.status,
            title: tClaims(`status.${group.status}`),
            count: group.count,
            first: group.first,
            moreHref: `${timeline}?status=${group.status}`,
          }))}
        />
      </section>
      <section aria-labelledby="case-by-claimant" className="flex flex-col gap-2">
        <h2 id="case-by-claimant" className="text-lg font-semibold">
          {t("byClaimant")}
        </h2>
        <OverviewClaimGroups
          testId="case-claimant-groups"
          groups={overview.byClaimant.map((group) => ({
            key: group.claimant?.id ?? "none",
            title: group.claimant ? entityName(group.claimant, locale) : t("noClaimant"),
            count: group.count,
            first: group.first,
            moreHref: group.claimant ? `${timeline}?claimantId=${group.claimant.id}` : null,
          }))}
        />
        {overview.claimantGroups > overview.byClaimant.length && (
          <p className="text-sm text-slate-600">
            {t("moreClaimants", { count: overview.claimantGroups - overview.byClaimant.length })}
          </p>
        )}
      </section>
      <section aria-labelledby="case-origins-heading" className="flex flex-col gap-2">
        <h2 id="case-origins-heading" className="text-lg font-semibold">
          {t("origins")}
        </h2>
        <OverviewOrigins origins={overview.origins} />
      </section>
    </div>
  );
}
