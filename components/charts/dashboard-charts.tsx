import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { labelName } from "@/lib/domain/ratings/rating-scale";
import type { DashboardDto } from "@/lib/server/dashboard/get-dashboard";
import { BarChartSvg, LineChartSvg } from "./svg-charts";

const STATUS_COLOURS = ["#94a3b8", "#60a5fa", "#f59e0b", "#f97316", "#22c55e", "#15803d", "#a855f7"];

/**
 * A chart with its numbers also as a visually hidden table: screen readers and tests read
 * the table, everyone else the picture (svg-charts.tsx, drawn on the server: no chart code in the browser).
 */
export function ChartFigure({
  title,
  rows,
  testId,
  children,
}: {
  title: string;
  rows: [string, number][];
  testId: string;
  children: ReactNode;
}) {
  return (
    <figure className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4" data-testid={testId}>
      <figcaption className="font-semibold">{title}</figcaption>
      <div className="h-64" aria-hidden>
        {children}
      </div>
      <table className="sr-only">
        <caption>{title}</caption>
        <tbody>
          {rows.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

export function StatusFunnelChart({ data }: { data: DashboardDto["statusCounts"] }) {
  const t = useTranslations("dashboard");
  const tStatus = useTranslations("claims.status");
  const rtl = useLocale() === "ar";
  const rows = data.map((row) => ({ label: tStatus(row.status), count: row.count }));
  return (
    <ChartFigure title={t("funnel")} testId="chart-funnel" rows={rows.map((row) => [row.label, row.count])}>
      <BarChartSvg
        horizontal
        categoryWidth={130}
        categories={rows.map((row) => row.label)}
        series={[{ values: rows.map((row) => row.count), colour: STATUS_COLOURS }]}
        rtl={rtl}
      />
    </ChartFigure>
  );
}

export function VerdictChart({ data }: { data: DashboardDto["verdicts"] }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const rows = data.map((row) => ({ label: labelName(row, locale), count: row.count, color: row.color }));
  return (
    <ChartFigure title={t("verdicts")} testId="chart-verdicts" rows={rows.map((row) => [row.label, row.count])}>
      <BarChartSvg
        categories={rows.map((row) => row.label)}
        series={[{ values: rows.map((row) => row.count), colour: rows.map((row) => row.color) }]}
        rtl={locale === "ar"}
      />
    </ChartFigure>
  );
}

export function PerDayChart({ data }: { data: DashboardDto["checkedPerDay"] }) {
  const t = useTranslations("dashboard");
  const rtl = useLocale() === "ar";
  return (
    <ChartFigure
      title={t("perDay")}
      testId="chart-per-day"
      rows={data.filter((row) => row.count > 0).map((row) => [row.day, row.count])}
    >
      <LineChartSvg
        categories={data.map((row) => row.day)}
        values={data.map((row) => row.count)}
        colour="#1d4ed8"
        rtl={rtl}
        labelEvery={Math.max(1, Math.ceil(data.length / 10))}
        formatCategory={(day) => day.slice(5)}
      />
    </ChartFigure>
  );
}

export function WorkloadChart({ data }: { data: DashboardDto["workload"] }) {
  const t = useTranslations("dashboard");
  const rtl = useLocale() === "ar";
  return (
    <ChartFigure
      title={t("workload")}
      testId="chart-workload"
      rows={data.map((row) => [row.name, row.open + row.inReview + row.done])}
    >
      <BarChartSvg
        legend
        categories={data.map((row) => row.name)}
        series={[
          { name: t("open"), values: data.map((row) => row.open), colour: "#60a5fa" },
          { name: t("inReview"), values: data.map((row) => row.inReview), colour: "#f59e0b" },
          { name: t("done"), values: data.map((row) => row.done), colour: "#15803d" },
        ]}
        rtl={rtl}
      />
    </ChartFigure>
  );
}
