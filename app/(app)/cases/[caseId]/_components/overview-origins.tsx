import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { CaseOverviewDto } from "@/lib/server/cases/get-case-overview";

/** The case's sources (listed on it, and cited by its claims) grouped by the origin they rely on. */
export function OverviewOrigins({ origins }: { origins: CaseOverviewDto["origins"] }) {
  const t = useTranslations("caseOverview");
  const format = useFormatter();
  const locale = useLocale();
  if (origins.totalSources === 0) return <p className="text-sm text-slate-600">{t("noSources")}</p>;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-600">
        {t("originsSummary", { sources: origins.totalSources, origins: origins.totalGroups })}
      </p>
      <ul className="grid gap-3 md:grid-cols-2" data-testid="case-origins">
        {origins.groups.map((group) => {
          const more = group.count - group.sources.length;
          return (
            <li key={group.key} className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <h3 className="flex items-baseline justify-between gap-2 font-medium">
                <bdi>{locale === "ar" && group.labelAr ? group.labelAr : group.label}</bdi>
                <span className="text-xs font-normal text-slate-600">
                  {group.isEntity ? t("originEntity") : t("originOutlet")} · {t("sourceCount", { count: group.count })}
                </span>
              </h3>
              <ul className="flex flex-col gap-1">
                {group.sources.map((source) => (
                  <li key={source.id} className="flex flex-wrap items-baseline gap-x-2">
                    <Link href={`/sources/${source.id}`} dir="auto" className="text-brand-800 hover:underline">
                      {source.title}
                    </Link>
                    <span className="text-xs text-slate-600">
                      {source.publishedAt
                        ? format.dateTime(new Date(source.publishedAt), { dateStyle: "medium" })
                        : t("undated")}
                      {" · "}
                      {source.listed ? t("listed") : t("cited")}
                    </span>
                  </li>
                ))}
              </ul>
              {more > 0 && <p className="text-xs text-slate-600">{t("moreSources", { count: more })}</p>}
            </li>
          );
        })}
      </ul>
      {origins.totalGroups > origins.groups.length && (
        <p className="text-sm text-slate-600">
          {t("moreOrigins", { count: origins.totalGroups - origins.groups.length })}
        </p>
      )}
    </div>
  );
}
