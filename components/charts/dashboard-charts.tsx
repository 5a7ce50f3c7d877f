"use client";

import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { labelName } from "@/lib/domain/ratings/rating-scale";
import type { DashboardDto } from "@/lib/server/dashboard/get-dashboard";

const STATUS_COLOURS = ["#94a3b8", "#60a5fa", "#f59e0b", "#f97316", "#22c55e", "#15803d", "#a855f7"];

/**
 * A chart with its numbers also as a visually hidden table: screen readers and tests read
 * the table, everyone else the picture. In RTL the axes mirror (reversed x, y on the right).
 */
function ChartFigure({
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
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ left: 16, right: 16 }} accessibilityLayer={false}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} reversed={rtl} />
          <YAxis type="category" dataKey="label" width={130} orientation={rtl ? "right" : "left"} />
          <Tooltip />
          <Bar dataKey="count" name={t("claims")} isAnimationActive={false}>
            {rows.map((row, index) => (
              <Cell key={row.label} fill={STATUS_COLOURS[index % STATUS_COLOURS.length]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

export function VerdictChart({ data }: { data: DashboardDto["verdicts"] }) {
  const t = useTranslations("dashboard");
  const locale = useLocale();
  const rows = data.map((row) => ({ label: labelName(row, locale), count: row.count, color: row.color }));
  return (
    <ChartFigure title={t("verdicts")} testId="chart-verdicts" rows={rows.map((row) => [row.label, row.count])}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ left: 8, right: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="label" interval={0} tick={{ fontSize: 11 }} reversed={locale === "ar"} />
          <YAxis allowDecimals={false} orientation={locale === "ar" ? "right" : "left"} />
          <Tooltip />
          <Bar dataKey="count" name={t("claims")} isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.label} fill={row.color} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
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
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ left: 8, right: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} tickFormatter={(day: string) => day.slice(5)} reversed={rtl} />
          <YAxis allowDecimals={false} orientation={rtl ? "right" : "left"} />
          <Tooltip />
          <Line
            type="monotone"
            dataKey="count"
            name={t("claims")}
            stroke="#1d4ed8"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
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
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ left: 8, right: 8 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} strokeDasharray="3 3" />
          <XAxis dataKey="name" tick={{ fontSize: 11 }} reversed={rtl} />
          <YAxis allowDecimals={false} orientation={rtl ? "right" : "left"} />
          <Tooltip />
          <Legend />
          <Bar dataKey="open" name={t("open")} stackId="work" fill="#60a5fa" isAnimationActive={false} />
          <Bar dataKey="inReview" name={t("inReview")} stackId="work" fill="#f59e0b" isAnimationActive={false} />
          <Bar dataKey="done" name={t("done")} stackId="work" fill="#15803d" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
