import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { cache } from "react";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { PageLinks } from "@/components/ui/page-links";
import { requireMember } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { SelectionReport } from "@/components/reports/selection-report";
import { pageHref } from "@/lib/domain/paging/page-href";
import { isAppError } from "@/lib/errors";
import { getClaimantRecord } from "@/lib/server/entities/get-claimant-record";
import { writtenIn } from "@/lib/domain/text/written-in";

type Params = Promise<{ entityId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// Once per request: the title and the page share the record.
const load = cache(async (entityId: string, cursor: string | null) => {
  if (!/^[0-9a-f-]{36}$/i.test(entityId)) notFound();
  const member = await requireMember();
  try {
    return await getClaimantRecord(member, entityId, { cursor });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
});

async function cursorOf(searchParams: SearchParams): Promise<string | null> {
  const { cursor } = await searchParams;
  return typeof cursor === "string" ? cursor : null;
}

export async function generateMetadata({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: SearchParams;
}): Promise<Metadata> {
  return { title: (await load((await params).entityId, await cursorOf(searchParams))).entity.name };
}

/** A claimant's track record: the verdicts of all their claims, and the claims a page at a time. */
export default async function ClaimantPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { entityId } = await params;
  const cursor = await cursorOf(searchParams);
  const record = await load(entityId, cursor);
  const t = await getTranslations("entities");
  const tStatus = await getTranslations("claims.status");
  const locale = await getLocale();
  return (
    <section aria-labelledby="claimant-heading" className="flex flex-col gap-4">
      <h1 id="claimant-heading" className="text-2xl font-semibold" dir="auto">
        {record.entity.name}
      </h1>
      <p className="text-sm text-slate-600">
        {t(`kinds.${record.entity.kind}`)}
        {record.entity.aliases.length > 0 && <span dir="auto"> · {record.entity.aliases.join(" · ")}</span>}
      </p>
      {record.entity.description && <p dir="auto">{record.entity.description}</p>}
      <section
        aria-labelledby="track-heading"
        className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="track-heading" className="text-lg font-semibold">
          {t("trackRecord")}
        </h2>
        <ul className="flex flex-wrap gap-2" aria-label={t("verdictCounts")} data-testid="track-record">
          {record.verdicts.map((verdict) => (
            <li key={verdict.key} className="flex items-center gap-1 text-sm">
              <VerdictBadge verdict={verdict} locale={locale} /> × {verdict.count}
            </li>
          ))}
        </ul>
      </section>
      <SelectionReport set={{ kind: "claimant", entityId }} canExport={can(await requireMember(), "report.export")} />
      <section aria-labelledby="claims-by-heading" className="flex flex-col gap-2">
        <h2 id="claims-by-heading" className="text-lg font-semibold">
          {t("claimsBy", { name: record.entity.name })}
        </h2>
        {record.claims.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noClaims")}</p>
        ) : (
          <ol className="flex flex-col gap-2" data-testid="claimant-claims">
            {record.claims.map((claim) => (
              <li
                key={claim.id}
                className="flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 text-sm"
              >
                <Link
                  href={`/claims/${claim.id}`}
                  {...writtenIn(claim.statement, claim.article.language)}
                  className="text-brand-800 hover:underline"
                >
                  {claim.statement}
                </Link>
                <span className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                  {claim.verdict && <VerdictBadge verdict={claim.verdict} locale={locale} />}
                  <span>{tStatus(claim.status as never)}</span>
                  {claim.claimedAt && <span>{claim.claimedAt.slice(0, 10)}</span>}
                  <span dir="auto">{claim.article.title}</span>
                </span>
              </li>
            ))}
          </ol>
        )}
        <PageLinks
          nextHref={record.nextCursor ? pageHref(`/entities/${entityId}`, {}, record.nextCursor) : null}
          firstHref={cursor ? `/entities/${entityId}` : null}
          label={t("claimsBy", { name: record.entity.name })}
        />
      </section>
    </section>
  );
}
