import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { formatRange } from "@/lib/domain/claims/casualty-conflicts";
import type { ConflictingClaim } from "@/lib/server/search/find-conflicting-claims";
import type { SimilarClaim } from "@/lib/server/search/find-similar-claims";

/** "Seen elsewhere" and "conflicting numbers": what the rest of the team's work says about this claim. */
export async function RelatedClaims({ similar, conflicts }: { similar: SimilarClaim[]; conflicts: ConflictingClaim[] }) {
  const t = await getTranslations("claimPage");
  const tStatus = await getTranslations("claims.status");
  const locale = await getLocale();
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <section aria-labelledby="similar-heading" className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="similar-heading" className="text-lg font-semibold">
          {t("seenElsewhere")}
        </h2>
        <p className="text-xs text-slate-600">{t("seenElsewhereHint")}</p>
        {similar.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noSimilar")}</p>
        ) : (
          <ol className="flex flex-col gap-2 text-sm" data-testid="similar-claims">
            {similar.map((claim) => (
              <li key={claim.id} className="flex flex-col gap-1">
                <Link href={`/claims/${claim.id}`} lang={claim.article.language} dir={claim.article.direction} className="text-brand-800 hover:underline">
                  {claim.statement}
                </Link>
                <span className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  {claim.verdict && <VerdictBadge verdict={claim.verdict} locale={locale} />}
                  <span>{tStatus(claim.status as never)}</span>
                  <span>{t("similarity", { score: Math.round(claim.score * 100) })}</span>
                  <span dir="auto">{claim.article.title}</span>
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
      {conflicts.length > 0 && (
        <section aria-labelledby="conflicts-heading" className="flex flex-col gap-2 rounded-lg border border-red-200 bg-red-50 p-4">
          <h2 id="conflicts-heading" className="text-lg font-semibold text-red-900">
            {t("conflicts")}
          </h2>
          <p className="text-xs text-red-900">{t("conflictsHint")}</p>
          <ol className="flex flex-col gap-2 text-sm" data-testid="conflicting-claims">
            {conflicts.map((claim) => (
              <li key={claim.id} className="flex flex-col gap-1">
                <Link href={`/claims/${claim.id}`} lang={claim.article.language} dir="auto" className="font-medium text-brand-800 hover:underline">
                  {claim.statement}
                </Link>
                {claim.conflicts.map((conflict) => (
                  <span key={conflict.count} className="text-xs text-red-900">
                    {t("conflictLine", { count: t(`counts.${conflict.count}`), mine: formatRange(conflict.mine), theirs: formatRange(conflict.theirs) })}
                    {claim.claimant ? ` (${claim.claimant})` : ""}
                  </span>
                ))}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
