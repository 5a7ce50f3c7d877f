"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type ReactNode } from "react";
import { ClaimBadges } from "@/components/claims/claim-badges";
import { CorroborationSummary } from "@/components/sources/corroboration-summary";
import { Button } from "@/components/ui/button";
import type { WorkbenchClaimItem } from "@/lib/server/articles/workbench-claim-item";
import { listWorkbenchClaimItemsAction } from "../actions";
import { writtenIn } from "@/lib/domain/text/written-in";

/** Rows per page of each list; the page sends the first page (get-article-workbench.ts). */
const PAGE = 50;

/**
 * The article's claims in reading order; choosing one opens it and scrolls to its highlight.
 * Claims the reader does not highlight (their quote is not found in the current text) are
 * listed apart, with the quote as it was last found. A very large article's lists come a page
 * at a time: the page carries the first 50 rows of each, "Show more" loads the next 50.
 */
export function ClaimsPanel({
  articleId,
  claimCount,
  inTextIds,
  notFoundIds,
  items,
  language,
  direction,
  onOpen,
}: {
  articleId: string;
  claimCount: number;
  /** In reading order. */
  inTextIds: readonly string[];
  notFoundIds: readonly string[];
  /** Rows the page came with. */
  items: readonly WorkbenchClaimItem[];
  language: string;
  direction: "rtl" | "ltr";
  onOpen(claimId: string): void;
}) {
  const t = useTranslations("workbench");
  const tAnchors = useTranslations("anchors");
  // Rows loaded since: dropped when the page's data is refreshed (they may have changed).
  const [loaded, setLoaded] = useState<{ from: readonly WorkbenchClaimItem[]; rows: Map<string, WorkbenchClaimItem> }>({
    from: items,
    rows: new Map(),
  });
  if (loaded.from !== items) setLoaded({ from: items, rows: new Map() });
  const rows = new Map([...loaded.rows, ...items.map((item) => [item.id, item] as const)]);
  const [pending, startTransition] = useTransition();

  function loadMore(ids: readonly string[]) {
    const next = ids.filter((id) => !rows.has(id)).slice(0, PAGE);
    startTransition(async () => {
      const result = await listWorkbenchClaimItemsAction({ articleId, claimIds: next });
      if (result.ok)
        setLoaded((current) => ({
          from: current.from,
          rows: new Map([...current.rows, ...result.data.map((item) => [item.id, item] as const)]),
        }));
    });
  }

  const shownOf = (ids: readonly string[]) => {
    const shown: WorkbenchClaimItem[] = [];
    for (const id of ids) {
      const row = rows.get(id);
      if (!row) break;
      shown.push(row);
    }
    return shown;
  };
  const inText = shownOf(inTextIds);
  const notFound = shownOf(notFoundIds);
  const more = (ids: readonly string[], shown: number): ReactNode =>
    shown < ids.length && (
      <div className="border-t border-slate-100 px-4 py-3">
        <Button variant="secondary" onClick={() => loadMore(ids)} disabled={pending} aria-busy={pending}>
          {t("moreClaims", { count: Math.min(PAGE, ids.length - shown), remaining: ids.length - shown })}
        </Button>
      </div>
    );

  return (
    <section aria-labelledby="claims-heading" className="rounded-lg border border-slate-200 bg-white">
      <h2 id="claims-heading" className="border-b border-slate-200 px-4 py-3 text-lg font-semibold">
        {t("claims", { count: claimCount })}
      </h2>
      {claimCount === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">{t("noClaims")}</p>
      ) : (
        <ol className="divide-y divide-slate-100" data-testid="claims-list">
          {inText.map((claim) => (
            <li key={claim.id}>
              <button
                type="button"
                onClick={() => onOpen(claim.id)}
                className="flex w-full flex-col gap-1 px-4 py-3 text-start hover:bg-slate-50"
                data-claim-id={claim.id}
              >
                <span {...writtenIn(claim.statement, language)} className="line-clamp-3 text-slate-900">
                  {claim.statement}
                </span>
                <ClaimBadges claim={claim} />
              </button>
              <div className="px-4 pb-3 empty:hidden">
                <CorroborationSummary corroboration={claim.corroboration} compact />
              </div>
            </li>
          ))}
        </ol>
      )}
      {more(inTextIds, inText.length)}
      {notFoundIds.length > 0 && (
        <div className="border-t-4 border-red-100" data-testid="claims-not-found">
          <h3 className="px-4 pt-3 text-base font-semibold">
            {tAnchors("notFoundHeading", { count: notFoundIds.length })}
          </h3>
          <p className="px-4 text-xs text-slate-600">{tAnchors("notFoundHint")}</p>
          <ul className="divide-y divide-slate-100">
            {notFound.map((claim) => (
              <li key={claim.id}>
                <button
                  type="button"
                  onClick={() => onOpen(claim.id)}
                  className="flex w-full flex-col gap-1 px-4 py-3 text-start hover:bg-slate-50"
                  data-claim-id={claim.id}
                >
                  <span {...writtenIn(claim.statement, language)} className="line-clamp-3 text-slate-900">
                    {claim.statement}
                  </span>
                  <span className="text-xs text-slate-600">{tAnchors("lastFound")}</span>
                  <q lang={language} dir={direction} className="line-clamp-3 text-sm text-slate-700">
                    {claim.exact}
                  </q>
                  <ClaimBadges claim={claim} />
                  {claim.anchorAcknowledged && (
                    <span className="text-xs text-slate-700">{tAnchors("acknowledgedShort")}</span>
                  )}
                </button>
              </li>
            ))}
          </ul>
          {more(notFoundIds, notFound.length)}
        </div>
      )}
    </section>
  );
}
