import { appUrl } from "@/lib/config/env";
import { buildReport, type Report } from "@/lib/domain/reports/report-model";
import { claimReviewsOf } from "@/lib/export/claimreview";
import { renderHtml } from "@/lib/export/html";
import { reportFontCss } from "@/lib/export/report-fonts";
import { resolveLocale } from "@/lib/i18n/request";
import { loadReportInput } from "@/lib/server/reports/load-report-input";
import { publicReportUrl } from "@/lib/server/reports/public-report-url";
import { reportKeysOf } from "@/lib/server/reports/report-keys";
import { resolveReportLink } from "@/lib/server/reports/report-links";

/**
 * The public report behind an unguessable link: published claims only, no sign-in, no
 * internal notes; cacheable for a few minutes, and gone (404) once the link is revoked.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await resolveReportLink(token);
  if (!link)
    return new Response("This report link does not exist or has been withdrawn.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  const report = withoutInternalNotes(
    buildReport(await loadReportInput(link.teamId, link.articleId, { publishedOnly: true })),
  );
  // In the visitor's language (their ClaimDesk choice, else the browser's), so caches must keep one copy per language.
  // Each claim's ClaimReview url is its anchor on the article's stable public address (the oldest
  // live link), which is this page unless the article has an older link too.
  const pageUrl = (await publicReportUrl(link.teamId, link.articleId)) ?? appUrl(`/r/${token}`);
  const html = renderHtml(report, {
    fontCss: await reportFontCss(),
    keys: await reportKeysOf(link.teamId),
    jsonLd: claimReviewsOf(report, pageUrl),
    locale: await resolveLocale(),
  });
  return new Response(html, {
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "public, max-age=300",
      vary: "Cookie, Accept-Language",
      // The page is static: no scripts run (the JSON-LD block is data, which CSP does not govern), styles and fonts inline.
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    },
  });
}

/** Evidence notes are the team's working notes; the public sees sources, passages and grades. */
function withoutInternalNotes(report: Report): Report {
  return {
    ...report,
    claims: report.claims.map((claim) => ({
      ...claim,
      evidence: claim.evidence.map((item) => ({ ...item, note: null })),
    })),
  };
}
