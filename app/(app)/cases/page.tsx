import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageLinks } from "@/components/ui/page-links";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { pageHref } from "@/lib/domain/paging/page-href";
import { listCases } from "@/lib/server/cases/list-cases";
import { CasePeriod } from "./_components/case-period";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cases"))("title") };
}

export default async function CasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const member = await requireMember();
  const { cursor: rawCursor } = await searchParams;
  const cursor = typeof rawCursor === "string" ? rawCursor : null;
  const page = await listCases(member, { cursor });
  const t = await getTranslations("cases");
  return (
    <section aria-labelledby="cases-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="cases-heading" className="text-2xl font-semibold">
          {t("title")}
        </h1>
        <div className="flex items-center gap-4">
          <p className="text-sm text-slate-600">{t("count", { count: page.total })}</p>
          {can(member, "case.manage") && (
            <Link
              href="/cases/new"
              className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700"
            >
              {t("new")}
            </Link>
          )}
        </div>
      </div>
      <p className="text-slate-600">{t("intro")}</p>
      {page.items.length === 0 ? (
        <p className="text-slate-600">{t("empty")}</p>
      ) : (
        <table className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm" data-testid="cases-table">
          <thead className="bg-slate-100">
            <tr>
              {(["title", "lead", "period", "members"] as const).map((column) => (
                <th key={column} scope="col" className="px-3 py-2 text-start">
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {page.items.map((row) => (
              <tr key={row.id} className="border-t border-slate-100 align-top">
                <th scope="row" className="px-3 py-2 text-start font-medium">
                  <Link
                    href={`/cases/${row.id}`}
                    className="text-brand-800 underline-offset-2 hover:underline"
                    dir="auto"
                  >
                    {row.title}
                  </Link>
                </th>
                <td className="px-3 py-2">{row.leadName ? <bdi>{row.leadName}</bdi> : "—"}</td>
                <td className="px-3 py-2">
                  <CasePeriod start={row.eventStart} end={row.eventEnd} />
                </td>
                <td className="px-3 py-2">{t("counts", { ...row.counts })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PageLinks
        nextHref={page.nextCursor ? pageHref("/cases", {}, page.nextCursor) : null}
        firstHref={cursor ? pageHref("/cases", {}, null) : null}
        label={t("title")}
      />
    </section>
  );
}
