import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FiguresAsOf } from "@/components/charts/figures-as-of";
import { PerDayChart, StatusFunnelChart, VerdictChart, WorkloadChart } from "@/components/charts/dashboard-charts";
import { requireMember } from "@/lib/auth/session";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { writtenIn } from "@/lib/domain/text/written-in";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const member = await requireMember();
  const dashboard = await getDashboard(member);
  const t = await getTranslations("dashboard");
  const format = await getFormatter();
  const now = new Date(dashboard.now);
  return (
    <section aria-labelledby="dashboard-heading" className="flex flex-col gap-4">
      <h1 id="dashboard-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
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
