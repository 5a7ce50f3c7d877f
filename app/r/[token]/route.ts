import { resolveLocale } from "@/lib/i18n/request";
import { publicReportResponse, requestedPage } from "@/lib/server/reports/public-report-response";
import { renderPublicReport } from "@/lib/server/reports/render-public-report";

/**
 * The public report behind an unguessable link: published claims only, no sign-in, no internal
 * notes, 50 claims a page (?page=2 ...); gone (404) once the link is revoked. Rendered again only
 * when what it shows changes (render-public-report.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  // In the visitor's language (their ClaimDesk choice, else the browser's), so caches keep one copy per language.
  const result = await renderPublicReport(token, { page: requestedPage(request), locale: await resolveLocale() });
  return publicReportResponse(request, result, {
    gone: "This report link does not exist or has been withdrawn.",
    noSuchPage: "This report has no such page.",
  });
}
