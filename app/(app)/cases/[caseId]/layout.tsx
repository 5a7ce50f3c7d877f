import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { getCase } from "@/lib/server/cases/get-case";
import { CasePeriod } from "../_components/case-period";
import { CaseTabs } from "./_components/case-tabs";

type Params = Promise<{ caseId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const member = await requireMember();
  const header = await getCase(member, (await params).caseId);
  return { title: header?.title ?? (await getTranslations("cases"))("title") };
}

/** Every case page's header (title, lead, period, places, summary, counts) and its tabs. */
export default async function CaseLayout({ params, children }: { params: Params; children: ReactNode }) {
  const member = await requireMember();
  const { caseId } = await params;
  const header = await getCase(member, caseId);
  if (!header) notFound();
  const t = await getTranslations("cases");
  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4" data-testid="case-header">
        <div className="flex flex-wrap items-start justify-between gap-2">
          <div>
            <p className="text-sm text-slate-600">
              <Link href="/cases" className="underline-offset-2 hover:underline">
                {t("title")}
              </Link>
            </p>
            <h1 className="text-2xl font-semibold" dir="auto">
              {header.title}
            </h1>
          </div>
          {can(member, "case.manage") && (
            <Link
              href={`/cases/${caseId}/edit`}
              className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
            >
              {t("edit")}
            </Link>
          )}
        </div>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium text-slate-700">{t("fields.lead")}</dt>
          <dd>{header.leadName ? <bdi>{header.leadName}</bdi> : t("noLead")}</dd>
          <dt className="font-medium text-slate-700">{t("fields.period")}</dt>
          <dd>
            <CasePeriod start={header.eventStart} end={header.eventEnd} />
          </dd>
          <dt className="font-medium text-slate-700">{t("fields.places")}</dt>
          <dd>
            {header.places.length === 0 ? (
              "—"
            ) : (
              <ul className="flex flex-wrap gap-1" aria-label={t("fields.places")}>
                {header.places.map((place) => (
                  <li key={place} className="rounded bg-slate-100 px-2 py-0.5" dir="auto">
                    {place}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          <dt className="font-medium text-slate-700">{t("columns.members")}</dt>
          <dd>{t("counts", { ...header.counts })}</dd>
        </dl>
        {header.summary && (
          <p className="whitespace-pre-line text-slate-800" dir="auto">
            {header.summary}
          </p>
        )}
        {header.hasPublishedEdition && <p className="text-sm text-slate-600">{t("hasPublishedEdition")}</p>}
      </header>
      <CaseTabs caseId={caseId} />
      <div>{children}</div>
    </div>
  );
}
