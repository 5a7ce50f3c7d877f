import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { formatRange } from "@/lib/domain/claims/casualty-conflicts";
import type { ConflictingClaim } from "@/lib/server/search/find-conflicting-claims";
import type { ClaimDto } from "@/lib/server/claims/claim-dto";
import type { SimilarClaim } from "@/lib/server/search/find-similar-claims";
import { LinkSameClaim, SameAsBanner } from "./same-claim-controls";

/**
 * "Seen elsewhere" and "conflicting numbers": what the rest of the team's work says about this
 * claim. A claim seen elsewhere can be linked as the same claim, its verdict carried over.
 */
export async function RelatedClaims({
  claim,
  similar,
  conflicts,
  canLink,
  canCarry,
}: {
  claim: Pick<ClaimDto, "id" | "version" | "sameAs">;
  similar: SimilarClaim[];
  conflicts: ConflictingClaim[];
  canLink: boolean;
  canCarry: boolean;
}) {
  const t = await getTranslations("claimPage");
  const tStatus = await getTranslations("claims.status");
  const locale = await getLocale();
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {claim.sameAs && (
        <div className="lg:col-span-2">
          <SameAsBanner claim={claim} canUnlink={canLink} />
        </div>
      )}
      <section aria-labelledby="similar-heading" className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="similar-heading" className="text-lg font-semibold">
          {t("seenElsewhere")}
        </h2>
        <p className="text-xs text-slate-600">{t("seenElsewhereHint")}</p>
        {similar.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noSimilar")}</p>
        ) : (
          <ol className="flex flex-col gap-2 text-sm" data-testid="similar-claims">
            {similar.map((other) => (
              <li key={other.id} className="flex flex-col gap-1">
                <Link href={`/claims/${other.id}`} lang={other.article.language} dir={other.article.direction} className="text-brand-800 hover:underline">
                  {other.statement}
                </Link>
                <span className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  {other.verdict && <VerdictBadge verdict={other.verdict} locale={locale} />}
                  <span>{tStatus(other.status as never)}</span>
                  <span>{t("similarity", { score: Math.round(other.score * 100) })}</span>
                  <span dir="auto">{other.article.title}</span>
                </span>
                {canLink && claim.sameAs?.id !== other.id && (
                  <LinkSameClaim claim={claim} target={{ id: other.id, verdictName: other.verdict ? (locale === "ar" && other.verdict.nameAr ? other.verdict.nameAr : other.verdict.name) : null }} canCarry={canCarry} />
                )}
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
