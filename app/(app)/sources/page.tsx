import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CaptureHealthBadge } from "@/components/sources/capture-health-badge";
import { PageLinks } from "@/components/ui/page-links";
import { can } from "@/lib/auth/permissions";
import { requireMember } from "@/lib/auth/session";
import { entityName } from "@/lib/domain/entities/entity-name";
import { pageHref } from "@/lib/domain/paging/page-href";
import { SOURCE_RELIABILITY } from "@/lib/domain/sources/admiralty";
import { SOURCE_KINDS, ZSourceFilters } from "@/lib/schemas/sources";
import { listSourcePage } from "@/lib/server/sources/list-source-page";
import { AddSource } from "./_components/add-source";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sources"))("title") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SourcesPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireMember();
  const raw = await searchParams;
  const parsed = ZSourceFilters.safeParse({ q: raw.q, kind: raw.kind, reliability: raw.reliability });
  const filters = parsed.success ? parsed.data : { q: "", kind: null, reliability: null };
  const canCreate = can(member, "source.create");
  const cursor = typeof raw.cursor === "string" ? raw.cursor : null;
  const page = await listSourcePage(member, { ...filters, cursor });
  const t = await getTranslations("sources");
  const locale = await getLocale();
  const sources = page.items;
  const filtered = Boolean(filters.q || filters.kind || filters.reliability);

  return (
    <section aria-labelledby="sources-heading" className="flex flex-col gap-4">
      <h1 id="sources-heading" className="text-2xl font-semibold">
        {t("title")}
      </h1>
      <p className="text-slate-600">{t("intro")}</p>
      <form role="search" action="/sources" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("search")}
          <input
            name="q"
            type="search"
            dir="auto"
            defaultValue={filters.q}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 font-normal"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("filterKind")}
          <select
            name="kind"
            defaultValue={filters.kind ?? ""}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 font-normal"
          >
            <option value="">{t("anyKind")}</option>
            {SOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          {t("filterReliability")}
          <select
            name="reliability"
            defaultValue={filters.reliability ?? ""}
            className="rounded-md border border-slate-400 bg-white px-3 py-2 font-normal"
          >
            <option value="">{t("anyReliability")}</option>
            {SOURCE_RELIABILITY.map((grade) => (
              <option key={grade} value={grade}>
                {t(`reliabilityScale.${grade}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium hover:bg-slate-50"
        >
          {t("searchButton")}
        </button>
      </form>
      {canCreate && <AddSource />}
      {sources.length === 0 ? (
        <p className="text-slate-600">{filtered ? t("noMatch") : t("empty")}</p>
      ) : (
        <table
          className="w-full border-collapse overflow-hidden rounded-lg bg-white text-sm"
          data-testid="sources-table"
        >
          <thead className="bg-slate-100">
            <tr>
              {(["title", "kind", "reliability", "origin", "capture", "citations"] as const).map((column) => (
                <th key={column} scope="col" className="px-3 py-2 text-start">
                  {t(`columns.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.id} className="border-t border-slate-100 align-top">
                <th scope="row" className="px-3 py-2 text-start font-medium">
                  <Link
                    href={`/sources/${source.id}`}
                    className="text-brand-800 underline-offset-2 hover:underline"
                    dir="auto"
                  >
                    {source.title}
                  </Link>
                  <p className="font-normal text-slate-600" dir="auto">
                    {[source.outlet, source.url ? new URL(source.url).hostname : t("byHand")]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </th>
                <td className="px-3 py-2">{t(`kinds.${source.kind}`)}</td>
                <td className="px-3 py-2">{source.reliability ? t(`reliabilityScale.${source.reliability}`) : "—"}</td>
                <td className="px-3 py-2" dir="auto">
                  {source.origin ? entityName(source.origin, locale) : "—"}
                </td>
                <td className="px-3 py-2">{source.url ? <CaptureHealthBadge capture={source.capture} /> : "—"}</td>
                <td className="px-3 py-2">{t("citations", { count: source.evidenceCount })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PageLinks
        nextHref={page.nextCursor ? pageHref("/sources", { ...filters }, page.nextCursor) : null}
        firstHref={cursor ? pageHref("/sources", { ...filters }, null) : null}
        label={t("title")}
      />
    </section>
  );
}
