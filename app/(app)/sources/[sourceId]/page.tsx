import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaptureHealthBadge } from "@/components/sources/capture-health-badge";
import { Notice } from "@/components/ui/notice";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getSource } from "@/lib/server/sources/get-source";
import { CiteForClaim } from "./_components/cite-for-claim";
import { SnapshotsTable } from "./_components/snapshots-table";
import { SourceOverview } from "./_components/source-overview";
import { writtenIn } from "@/lib/domain/text/written-in";
import { CasesOfItem } from "@/components/cases/cases-of-item";
import { addToCaseAction, listCasesOfAction } from "@/app/(app)/cases/actions";

type Params = Promise<{ sourceId: string }>;

async function load(sourceId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(sourceId)) notFound();
  const member = await requireMember();
  try {
    return { member, detail: await getSource(member, sourceId) };
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { detail } = await load((await params).sourceId);
  return { title: detail.source.title };
}

export default async function SourcePage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { member, detail } = await load((await params).sourceId);
  const query = await searchParams;
  const t = await getTranslations("sources");
  const te = await getTranslations("evidence");
  const format = await getFormatter();
  const canUpdate = can(member, "source.update");
  const { source, snapshots, citations, capturedText } = detail;

  return (
    <article aria-labelledby="source-heading" className="flex flex-col gap-6">
      {query.created && <Notice tone="success">{t("created")}</Notice>}
      {query.existing && <Notice tone="success">{t("existing")}</Notice>}
      <SourceOverview source={source} canUpdate={canUpdate} />
      <CasesOfItem
        kind="source"
        id={source.id}
        canManage={can(member, "case.manage")}
        load={listCasesOfAction}
        add={addToCaseAction}
      />

      <section aria-labelledby="snapshots-heading" className="flex flex-col gap-2">
        <h2 id="snapshots-heading" className="text-lg font-semibold">
          {t("snapshots")}
        </h2>
        <SnapshotsTable snapshots={snapshots} />
        {capturedText && (
          <details className="rounded-lg border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer font-medium">{t("capturedText")}</summary>
            <div
              dir="auto"
              lang={source.language ?? undefined}
              className="mt-2 max-h-96 overflow-y-auto whitespace-pre-line text-sm leading-relaxed"
              data-testid="captured-text"
            >
              {capturedText}
            </div>
          </details>
        )}
      </section>

      <section aria-labelledby="cited-heading" className="flex flex-col gap-2">
        <h2 id="cited-heading" className="text-lg font-semibold">
          {t("citedBy")}
        </h2>
        {citations.length === 0 ? (
          <p className="text-sm text-slate-600">{t("notCited")}</p>
        ) : (
          <ul
            className="flex flex-col divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white"
            data-testid="citations"
          >
            {citations.map((citation) => (
              <li key={citation.evidenceId} className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm">
                <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-medium">
                  {te(`stances.${citation.stance}`)}
                </span>
                <Link
                  href={`/claims/${citation.claim.id}`}
                  {...writtenIn(citation.claim.statement, citation.claim.language)}
                  className="text-brand-800 hover:underline"
                >
                  {citation.claim.statement}
                </Link>
                <span className="text-slate-600" dir="auto">
                  ({citation.claim.articleTitle})
                </span>
                {source.url && <CaptureHealthBadge capture={citation.capture} />}
              </li>
            ))}
          </ul>
        )}
        {can(member, "evidence.manage") && <CiteForClaim sourceId={source.id} />}
      </section>
      <p className="text-xs text-slate-500">
        {format.dateTime(new Date(source.createdAt), { dateStyle: "medium", timeStyle: "short" })}
      </p>
    </article>
  );
}
