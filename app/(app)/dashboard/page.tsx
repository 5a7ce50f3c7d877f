import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaseFigures } from "@/components/charts/case-figures";
import { FiguresAsOf } from "@/components/charts/figures-as-of";
import { PerDayChart, StatusFunnelChart, VerdictChart, WorkloadChart } from "@/components/charts/dashboard-charts";
import { FilterSelect } from "@/components/ui/filter-select";
import type { Member } from "@/lib/auth/member";
import { requireMember } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { ZDashboardFilter } from "@/lib/schemas/case-views";
import { getCaseFigures } from "@/lib/server/cases/get-case-figures";
import { listCaseChoices } from "@/lib/server/cases/list-case-choices";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { writtenIn } from "@/lib/domain/text/written-in";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The editors' numbers for the team, or, with a case chosen (?caseId=), the case's own numbers counted live. */
export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireMember();
  const { caseId } = await searchParams;
  const filter = ZDashboardFilter.safeParse({ caseId: Array.isArray(caseId) ? caseId[0] : caseId });
  const chosen = filter.success ? filter.data.caseId : null;
  const t = await getTranslations("dashboard");
  const cases = await listCaseChoices(member);
  const heading = (
    <>
      <h1 id="dashboard-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      {cases.length > 0 && (
        <form action="/dashboard" className="flex flex-wrap items-end gap-2" data-testid="dashboard-case-filter">
          <FilterSelect
            label={t("caseFilter")}
            name="caseId"
            value={chosen}
            anyLabel={t("wholeTeam")}
            options={cases.map((option) => ({ value: option.id, label: option.title }))}
            className="max-w-full"
          />
          <button
            type="submit"
            className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("showCase")}
          </button>
        </form>
      )}
    </>
  );
  if (chosen) return <CaseDashboard member={member} caseId={chosen} heading={heading} />;
  const dashboard = await getDashboard(member);
  const format = await getFormatter();
  const now = new Date(dashboard.now);
  return (
    <section aria-labelledby="dashboard-heading" className="flex flex-col gap-4">
      {heading}
      {dashboard.asOf && <FiguresAsOf asOf={dashboard.asOf} now={dashboard.now} />}
      <div className="grid gap-4 lg:grid-cols-2">
        <StatusFunnelChart data={dashboard.statusCounts} />
        <VerdictChart data={dashboard.verdicts} />
        <PerDayChart data={dashboard.checkedPerDay} />
        <WorkloadChart data={dashboard.workload} />
      </div>
      <section
        aria-labelledby="oldest-heading"
        className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="oldest-heading" className="font-semibold">
          {t("oldest")}
        </h2>
        {dashboard.oldestUnreviewed.length === 0 ? (
          <p className="text-sm text-slate-600">{t("none")}</p>
        ) : (
          <ol className="flex flex-col gap-1 text-sm" data-testid="oldest-unreviewed">
            {dashboard.oldestUnreviewed.map((claim) => (
              <li key={claim.id}>
                <Link
                  href={`/claims/${claim.id}`}
                  {...writtenIn(claim.statement, claim.language)}
                  className="text-brand-800 hover:underline"
                >
                  {claim.statement}
                </Link>{" "}
                <span className="text-xs text-slate-600">
                  {claim.submittedAt ? format.relativeTime(new Date(claim.submittedAt), now) : ""}
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}

async function CaseDashboard({ member, caseId, heading }: { member: Member; caseId: string; heading: ReactNode }) {
  let result;
  try {
    result = await getCaseFigures(member, { caseId });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const t = await getTranslations("dashboard");
  return (
    <section aria-labelledby="dashboard-heading" className="flex flex-col gap-4">
      {heading}
      <section aria-labelledby="case-figures-heading" className="flex flex-col gap-3">
        <h2 id="case-figures-heading" className="text-lg font-semibold">
          {t.rich("caseFigures", { title: result.case.title, case: (chunks) => <bdi>{chunks}</bdi> })}
        </h2>
        <Link href={`/cases/${result.case.id}`} className="text-sm text-brand-800 hover:underline">
          {t("openCase")}
        </Link>
        <CaseFigures figures={result.figures} />
      </section>
    </section>
  );
}
