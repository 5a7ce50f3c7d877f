import "server-only";
import { createHash } from "node:crypto";
import { appUrl } from "@/lib/config/env";
import { PAGE_SIZE } from "@/lib/domain/paging/keyset-cursor";
import { buildReport } from "@/lib/domain/reports/report-model";
import { withoutInternalNotes } from "@/lib/domain/reports/without-internal-notes";
import { claimReviewsOf } from "@/lib/export/claimreview";
import { renderHtml, REPORT_LAYOUT } from "@/lib/export/html";
import { linkedReportFontCss } from "@/lib/export/report-fonts";
import type { Locale } from "@/lib/i18n/locales";
import { caseEditionSet } from "@/lib/server/reports/claim-sets";
import { loadPublishedClaimsPage, loadReportHeaderInput } from "@/lib/server/reports/load-report-input";
import type { PublicReportPage } from "@/lib/server/reports/render-public-report";
import { reportKeysOf } from "@/lib/server/reports/report-keys";
import { publishedEditionOf } from "./case-edition-state";
import { resolveCaseLink } from "./case-links";

/**
 * A page of a case's public report behind its link (no session: the token is the secret): the
 * case's published edition — its title and summary as published, exactly its claims, each as last
 * published (a correction in progress stays out of sight, a retraction shows) — 50 claims a page,
 * grouped by article. Gone once the link is revoked.
 */
export async function renderPublicCase(
  token: string,
  options: { page: number; locale: Locale },
): Promise<PublicReportPage> {
  const link = await resolveCaseLink(token);
  const edition = link ? await publishedEditionOf(link.caseId) : null;
  if (!link || !edition) return { kind: "gone" };
  const { page, locale } = options;
  if (!Number.isSafeInteger(page) || page < 1) return { kind: "noSuchPage" };
  const set = caseEditionSet(edition);
  const [header, { claims, total }, keys] = await Promise.all([
    loadReportHeaderInput(link.teamId, set, { publishedOnly: true }),
    loadPublishedClaimsPage(link.teamId, set, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
    reportKeysOf(link.teamId),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pages) return { kind: "noSuchPage" };
  const report = withoutInternalNotes(buildReport({ ...header, claims }));
  const address = appUrl(`/r/cases/${token}${page > 1 ? `?page=${page}` : ""}`);
  const html = renderHtml(report, {
    fontCss: linkedReportFontCss((name) => `/r/fonts/${name}.woff2`),
    keys,
    jsonLd: claimReviewsOf(report, () => address),
    locale,
    intro: edition.summary || undefined,
    page: {
      numberFrom: (page - 1) * PAGE_SIZE,
      total,
      current: page,
      pages,
      href: (number) => `/r/cases/${token}${number > 1 ? `?page=${number}` : ""}`,
    },
  });
  const etag = `"${createHash("sha256").update(`${REPORT_LAYOUT}|${html}`).digest("base64url").slice(0, 32)}"`;
  return { kind: "page", html, etag, fromCache: false };
}
