import "server-only";
import { createHash } from "node:crypto";
import { appUrl } from "@/lib/config/env";
import { PAGE_SIZE } from "@/lib/domain/paging/keyset-cursor";
import { buildReport } from "@/lib/domain/reports/report-model";
import { withoutInternalNotes } from "@/lib/domain/reports/without-internal-notes";
import { claimReviewsOf } from "@/lib/export/claimreview";
import { renderHtml, REPORT_LAYOUT } from "@/lib/export/html";
import { linkedReportFontCss } from "@/lib/export/report-fonts";
import { publicClaimPath } from "@/lib/domain/embeds/public-claim-url";
import type { Locale } from "@/lib/i18n/locales";
import { resolveClaimSet } from "./claim-sets";
import { loadPublishedClaimsPage, loadReportHeaderInput } from "./load-report-input";
import { cachedPublicReportPage, forgetPublicReport } from "./public-report-cache";
import { publicReportState, type PublicReportState } from "./public-report-state";
import { reportKeysOf } from "./report-keys";

export type PublicReportPage =
  { kind: "gone" } | { kind: "noSuchPage" } | { kind: "page"; html: string; etag: string; fromCache: boolean };

/**
 * A page of the public report behind a link (no session: the token is the secret): 50 claims a
 * page, every page linked. One statement reads the link and a fingerprint of what the page shows
 * (public-report-state.ts); the page is rendered again only when that changed, so a revoked link
 * is gone and a new published version shows at the very next request. The ETag lets browsers
 * and proxies revalidate instead of keeping a copy the newsroom has since withdrawn.
 */
export async function renderPublicReport(
  token: string,
  options: { page: number; locale: Locale },
): Promise<PublicReportPage> {
  const state = await publicReportState(token);
  if (!state) {
    forgetPublicReport(token);
    return { kind: "gone" };
  }
  const { page, locale } = options;
  if (!Number.isSafeInteger(page) || page < 1) return { kind: "noSuchPage" };
  const etag = `"${createHash("sha256").update(`${REPORT_LAYOUT}|${state.fingerprint}|${locale}|${page}`).digest("base64url").slice(0, 32)}"`;
  const { html, hit } = await cachedPublicReportPage(`${token}|${locale}|${page}`, state.fingerprint, () =>
    renderPage(state, token, page, locale),
  );
  return html === null ? { kind: "noSuchPage" } : { kind: "page", html, etag, fromCache: hit };
}

async function renderPage(
  state: PublicReportState,
  token: string,
  page: number,
  locale: Locale,
): Promise<string | null> {
  const set = await resolveClaimSet(
    state.teamId,
    { kind: "article", articleId: state.articleId },
    { publishedOnly: true },
  );
  const [header, { claims, total }, keys] = await Promise.all([
    loadReportHeaderInput(state.teamId, set, { publishedOnly: true }),
    loadPublishedClaimsPage(state.teamId, set, { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }),
    reportKeysOf(state.teamId),
  ]);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pages) return null;
  const report = withoutInternalNotes(buildReport({ ...header, claims }));
  // Each claim's ClaimReview url is its anchor on the article's stable public address (the oldest
  // live link), on the page of that address where the claim is.
  const canonical = appUrl(`/r/${state.canonicalToken}`);
  return renderHtml(report, {
    fontCss: linkedReportFontCss((name) => `/r/fonts/${name}.woff2`),
    keys,
    jsonLd: claimReviewsOf(report, () => (page > 1 ? `${canonical}?page=${page}` : canonical)),
    locale,
    page: {
      numberFrom: (page - 1) * PAGE_SIZE,
      total,
      current: page,
      pages,
      href: (number) => `/r/${token}${number > 1 ? `?page=${number}` : ""}`,
    },
    // Relative: the page is served under this same link, so the claim page is too.
    claimHref: (claimId) => publicClaimPath({ token, claimId }),
  });
}
