import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { CaseFiguresDto } from "@/lib/server/cases/case-figures-dto";
import { INDEPENDENCE } from "@/lib/domain/cases/case-overview";
import { writtenIn } from "@/lib/domain/text/written-in";
import { ChartFigure, StatusFunnelChart, VerdictChart } from "./dashboard-charts";
import { BarChartSvg } from "./svg-charts";

const INDEPENDENCE_COLOURS = ["#15803d", "#f59e0b", "#b91c1c", "#94a3b8"];

/**
 * A case's numbers (issue 19, point 5): claims, independent confirmations, open conflicts and the
 * oldest open claim as figures; claims by status, by verdict and by independence as charts, each
 * with its table for screen readers. The case overview and the dashboard's case filter show the same.
 */
export function CaseFigures({ figures }: { figures: CaseFiguresDto }) {
  const t = useTranslations("caseFigures");
  const format = useFormatter();
  const locale = useLocale();
  const oldest = figures.oldestOpen;
  return (
    <div className="flex flex-col gap-4" data-testid="case-figures">
      {figures.claimsCapped && (
        <p role="status" className="rounded-md border border-amber-400 bg-amber-50 p-2 text-sm">
          {t("capped", { count: figures.claims })}
        </p>
      )}
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label={t("claims")} value={format.number(figures.claims)} testId="figure-claims" />
        <Figure
          label={t("independentConfirmations")}
          value={format.number(figures.independentConfirmations)}
          hint={t("independentHint")}
          testId="figure-independent"
        />
        <Figure
          label={t("openConflicts")}
          value={
            figures.conflictsExact
              ? format.number(figures.openConflicts)
              : t("atLeast", { count: figures.openConflicts })
          }
          hint={t("conflictsHint")}
          testId="figure-conflicts"
        />
        <div
          className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3"
          data-testid="figure-oldest"
        >
          <dt className="text-sm text-slate-600">{t("oldestOpen")}</dt>
          <dd className="flex flex-col gap-1 text-sm">
            {oldest ? (
              <>
                <span className="text-xl font-semibold">{t("days", { count: oldest.days })}</span>
                <Link
                  href={`/claims/${oldest.id}`}
                  className="line-clamp-2 text-brand-800 hover:underline"
                  {...writtenIn(oldest.statement, oldest.language)}
                >
                  {oldest.statement}
                </Link>
                <span className="text-xs text-slate-600">
                  {t("openSince", { date: format.dateTime(new Date(oldest.since), { dateStyle: "medium" }) })}
                </span>
              </>
            ) : (
              <span className="text-slate-600">{t("noneOpen")}</span>
            )}
          </dd>
        </div>
      </dl>
      <div className="grid gap-4 lg:grid-cols-3">
        <StatusFunnelChart data={figures.byStatus} />
        <VerdictChart data={figures.byVerdict} />
        <ChartFigure
          title={t("independence")}
          testId="chart-independence"
          rows={INDEPENDENCE.map((key) => [t(`independenceKinds.${key}`), figures.byIndependence[key]])}
        >
          <BarChartSvg
            horizontal
            categoryWidth={150}
            categories={INDEPENDENCE.map((key) => t(`independenceKinds.${key}`))}
            series={[{ values: INDEPENDENCE.map((key) => figures.byIndependence[key]), colour: INDEPENDENCE_COLOURS }]}
            rtl={locale === "ar"}
          />
        </ChartFigure>
      </div>
      <p className="text-sm text-slate-600">{t("unrated", { count: figures.unrated })}</p>
    </div>
  );
}

function Figure({ label, value, hint, testId }: { label: string; value: string; hint?: string; testId: string }) {
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3" data-testid={testId}>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-2xl font-semibold">{value}</dd>
      {hint && <dd className="text-xs text-slate-600">{hint}</dd>}
    </div>
  );
}
