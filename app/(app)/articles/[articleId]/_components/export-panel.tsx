"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useActionFeedback } from "@/components/ui/use-action-feedback";
import type { ReportLinkDto } from "@/lib/server/reports/report-links";
import { createReportLinkAction, revokeReportLinkAction } from "../actions";
import { ReportExport } from "@/components/reports/report-export";

const FORMATS = ["pdf", "html", "json", "csv", "md", "claimreview"] as const;

/** Downloads in every format, and the article's public links (editors and admins). */
export function ExportPanel({
  articleId,
  links,
  canPublishLink,
  pdfAvailable,
  publicBaseUrl,
}: {
  articleId: string;
  links: ReportLinkDto[];
  canPublishLink: boolean;
  /** False when the server has no Chromium: the panel says what to install instead of offering a PDF. */
  pdfAvailable: boolean;
  /** The configured public address (APP_URL), so a copied link works outside this browser. */
  publicBaseUrl: string;
}) {
  const t = useTranslations("reports");
  const tErrors = useTranslations("errors");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { feedback, report } = useActionFeedback();
  // ClaimReview's url is each claim's anchor on the public report: no live link, no ClaimReview.
  const hasLiveLink = links.some((link) => !link.revokedAt);
  const offered = FORMATS.filter(
    (format) => (pdfAvailable || format !== "pdf") && (hasLiveLink || format !== "claimreview"),
  );
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3" data-testid="export-panel">
      <summary className="cursor-pointer font-medium">{t("export")}</summary>
      <div className="mt-3 flex flex-col gap-3">
        <p className="text-sm text-slate-600">{t("hint")}</p>
        <ul className="flex flex-wrap gap-2">
          {offered.map((format) => (
            <li key={format}>
              <a
                href={`/api/reports/articles/${articleId}?format=${format}`}
                download
                className="inline-block rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-50"
              >
                {t(`formats.${format}`)}
              </a>
            </li>
          ))}
        </ul>
        {!hasLiveLink && <p className="text-xs text-slate-600">{t("claimReviewNeedsLink")}</p>}
        {!pdfAvailable && (
          <Notice tone="error" testId="no-chromium">
            {tErrors("noChromium")}
          </Notice>
        )}
        <ReportExport set={{ kind: "article", articleId }} />
        {canPublishLink && (
          <div className="flex flex-col gap-2">
            <h3 className="text-sm font-semibold">{t("publicLink")}</h3>
            <p className="text-xs text-slate-600">{t("copyHint")}</p>
            {links.length === 0 ? (
              <p className="text-sm text-slate-600">{t("noLinks")}</p>
            ) : (
              <ul className="flex flex-col gap-1 text-sm" data-testid="report-links">
                {links.map((link) => (
                  <li key={link.id} className="flex flex-wrap items-center gap-2">
                    {link.revokedAt ? (
                      <span className="text-slate-500 line-through" dir="ltr">{`/r/${link.token.slice(0, 8)}…`}</span>
                    ) : (
                      <a
                        href={`/r/${link.token}`}
                        className="break-all text-brand-800 underline"
                        dir="ltr"
                        data-testid="public-report-link"
                      >
                        {`${publicBaseUrl}/r/${link.token}`}
                      </a>
                    )}
                    {link.revokedAt ? (
                      <span className="text-xs text-slate-500">{t("revokedAt")}</span>
                    ) : (
                      <Button
                        variant="secondary"
                        disabled={pending}
                        onClick={() =>
                          startTransition(async () => {
                            if (report(await revokeReportLinkAction({ linkId: link.id }), t("revoked")))
                              router.refresh();
                          })
                        }
                      >
                        {t("revoke")}
                      </Button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <div>
              <Button
                variant="secondary"
                disabled={pending}
                onClick={() =>
                  startTransition(async () => {
                    if (report(await createReportLinkAction({ articleId }), t("published"))) router.refresh();
                  })
                }
              >
                {t("publish")}
              </Button>
            </div>
          </div>
        )}
        {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
      </div>
    </details>
  );
}
