"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { ArticleReader, type ArticleReaderHandle } from "@/components/editor/article-reader";
import { Notice } from "@/components/ui/notice";
import type { ArticleRevisionDto, RevisionClaimDto } from "@/lib/server/articles/get-article-revision";
import { RevisionList } from "./revision-list";
import { writtenIn } from "@/lib/domain/text/written-in";

/**
 * An earlier text of the article, read-only, with the claims of that time highlighted where
 * their quotes are found in it (get-article-revision explains how that is reconstructed).
 */
export function EarlierRevision({ view, html }: { view: ArticleRevisionDto; html: string }) {
  const t = useTranslations("anchors");
  const tWorkbench = useTranslations("workbench");
  const tClaims = useTranslations("claims");
  const format = useFormatter();
  const reader = useRef<ArticleReaderHandle>(null);
  const [selectedClaimId, setSelectedClaimId] = useState<string | null>(null);
  const shown = view.claims.filter((claim) => claim.highlight.shown);
  const notFound = view.claims.filter((claim) => !claim.highlight.shown);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  const item = (claim: RevisionClaimDto) => (
    <li key={claim.id} className="flex flex-col gap-1 px-4 py-3">
      {claim.highlight.shown ? (
        <button
          type="button"
          className="text-start text-slate-900 hover:underline"
          {...writtenIn(claim.statement, view.language)}
          onClick={() => {
            setSelectedClaimId(claim.id);
            reader.current?.scrollToClaim(claim.id);
          }}
        >
          {claim.statement}
        </button>
      ) : (
        <span {...writtenIn(claim.statement, view.language)} className="text-slate-900">
          {claim.statement}
        </span>
      )}
      {!claim.highlight.shown && (
        <q lang={view.language} dir={view.direction} className="text-sm text-slate-700">
          {claim.exact}
        </q>
      )}
      <span className="flex flex-wrap items-center gap-1.5 text-xs">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-slate-800">{tClaims(`status.${claim.status}`)}</span>
        {claim.highlight.shown && (
          <span className="text-slate-700">
            {claim.highlight.approximate
              ? t("locatedApproximately")
              : claim.highlight.locatedBy === "anchor"
                ? t("locatedByAnchor")
                : t("locatedByQuote")}
          </span>
        )}
        <Link href={`/claims/${claim.id}`} className="text-brand-800 hover:underline">
          {t("openClaim")}
        </Link>
      </span>
    </li>
  );

  return (
    <div className="flex flex-col gap-4" data-testid="earlier-revision">
      <header className="flex flex-col gap-2">
        <h1 lang={view.language} dir={view.direction} className="text-2xl font-semibold">
          {view.title || tWorkbench("untitled")}
        </h1>
        <Notice tone="warning" testId="earlier-revision-notice">
          {t("readingEarlier", {
            number: view.revision.number,
            count: view.revisions.length,
            added: when(view.revision.createdAt),
            replaced: view.replacedAt ? when(view.replacedAt) : "",
          })}{" "}
          <Link href={`/articles/${view.articleId}`} className="font-medium underline">
            {t("backToCurrent")}
          </Link>
        </Notice>
        <p className="text-sm text-slate-600">{t("earlierHighlightsExplained")}</p>
        <RevisionList articleId={view.articleId} revisions={view.revisions} shownRevisionId={view.revision.id} />
      </header>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_26rem]">
        <section aria-label={tWorkbench("articleText")} className="rounded-lg border border-slate-200 bg-white p-6">
          <ArticleReader
            ref={reader}
            html={html}
            selectedClaimId={selectedClaimId}
            language={view.language}
            direction={view.direction}
            label={tWorkbench("articleText")}
            onClaimClick={setSelectedClaimId}
          />
        </section>
        <aside aria-label={tWorkbench("panel")} className="flex flex-col gap-4">
          <section aria-labelledby="earlier-claims-heading" className="rounded-lg border border-slate-200 bg-white">
            <h2 id="earlier-claims-heading" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">
              {tWorkbench("claims", { count: shown.length })}
            </h2>
            <ol className="divide-y divide-slate-100" data-testid="earlier-claims">
              {shown.map(item)}
            </ol>
            {notFound.length > 0 && (
              <div className="border-t-4 border-red-100" data-testid="earlier-claims-not-found">
                <h3 className="px-4 pt-3 text-base font-semibold">
                  {t("notInThisRevision", { count: notFound.length })}
                </h3>
                <ul className="divide-y divide-slate-100">{notFound.map(item)}</ul>
              </div>
            )}
          </section>
        </aside>
      </div>
    </div>
  );
}
