import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { entityName } from "@/lib/domain/entities/entity-name";
import { writtenIn } from "@/lib/domain/text/written-in";
import type { CaseClaimRef } from "@/lib/server/cases/get-case-overview";

export interface OverviewGroup {
  key: string;
  title: string;
  count: number;
  first: CaseClaimRef[];
  /** Where the whole group is listed (the timeline, filtered), when it can be. */
  moreHref: string | null;
}

/** Groups of the case's claims: a heading with the count, the first claims, and "n more". */
export function OverviewClaimGroups({ groups, testId }: { groups: OverviewGroup[]; testId: string }) {
  const t = useTranslations("caseOverview");
  return (
    <ul className="grid gap-3 md:grid-cols-2" data-testid={testId}>
      {groups.map((group) => {
        const more = group.count - group.first.length;
        return (
          <li key={group.key} className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-3">
            <h3 className="flex items-baseline justify-between gap-2 font-medium">
              <span dir="auto">{group.title}</span>
              <span className="text-sm text-slate-600">{t("claimCount", { count: group.count })}</span>
            </h3>
            <ol className="flex flex-col gap-1 text-sm">
              {group.first.map((claim) => (
                <li key={claim.id}>
                  <OverviewClaimLink claim={claim} />
                </li>
              ))}
            </ol>
            {more > 0 &&
              (group.moreHref ? (
                <Link href={group.moreHref} className="text-sm text-brand-800 hover:underline">
                  {t("more", { count: more })}
                </Link>
              ) : (
                <p className="text-sm text-slate-600">{t("more", { count: more })}</p>
              ))}
          </li>
        );
      })}
    </ul>
  );
}

/** A claim of the case: its statement in its own direction, linking to the claim, and who made it. */
export function OverviewClaimLink({ claim }: { claim: CaseClaimRef }) {
  const locale = useLocale();
  const tClaims = useTranslations("claims");
  return (
    <span className="flex flex-col">
      <Link
        href={`/claims/${claim.id}`}
        className="text-brand-800 hover:underline"
        {...writtenIn(claim.statement, claim.language)}
      >
        {claim.statement}
      </Link>
      <span className="text-xs text-slate-600">
        {claim.claimant && <bdi>{entityName(claim.claimant, locale)}</bdi>}
        {claim.claimant && " · "}
        {tClaims(`status.${claim.status}`)}
      </span>
    </span>
  );
}
