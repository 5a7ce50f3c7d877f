import { useTranslations } from "next-intl";
import { formatRange } from "@/lib/domain/claims/casualty-conflicts";
import type { CaseOverviewDto } from "@/lib/server/cases/get-case-overview";
import { OverviewClaimLink } from "./overview-claim-groups";

/** Every conflicting pair of casualty figures in the case, the two reports side by side. */
export function OverviewConflicts({ conflicts }: { conflicts: CaseOverviewDto["conflicts"] }) {
  const t = useTranslations("caseOverview");
  const tCounts = useTranslations("caseOverview.counts");
  if (conflicts.total === 0) return <p className="text-sm text-slate-600">{t("noConflicts")}</p>;
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-slate-600">
        {conflicts.exact
          ? t("conflictsShown", { shown: conflicts.pairs.length, total: conflicts.total })
          : t("conflictsShownAtLeast", { shown: conflicts.pairs.length, total: conflicts.total })}
      </p>
      <ol className="flex flex-col gap-3" data-testid="case-conflicts">
        {conflicts.pairs.map((pair) => (
          <li
            key={`${pair.first.id}-${pair.second.id}`}
            className="grid gap-3 rounded-lg border border-red-200 bg-white p-3 text-sm md:grid-cols-2"
            data-testid="conflict-pair"
          >
            {[
              [pair.first, "mine"],
              [pair.second, "theirs"],
            ].map(([claim, side]) => (
              <div key={side as string} className="flex flex-col gap-2">
                <OverviewClaimLink claim={claim as typeof pair.first} />
                <ul className="flex flex-wrap gap-2">
                  {pair.conflicts.map((conflict) => (
                    <li
                      key={conflict.count}
                      className="rounded border border-red-300 bg-red-50 px-1.5 py-0.5 text-xs font-semibold text-red-900"
                      data-testid="conflict-figure"
                    >
                      {tCounts(conflict.count)}:{" "}
                      <bdi dir="ltr">{formatRange(side === "mine" ? conflict.mine : conflict.theirs)}</bdi>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
