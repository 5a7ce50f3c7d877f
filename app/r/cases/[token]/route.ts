import { resolveLocale } from "@/lib/i18n/request";
import { renderPublicCase } from "@/lib/server/cases/render-public-case";
import { publicReportResponse, requestedPage } from "@/lib/server/reports/public-report-response";

/**
 * A case's public report behind an unguessable link: the edition an editor published (its claims
 * as last published), no sign-in, no internal notes, 50 claims a page; gone (404) once revoked.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const result = await renderPublicCase(token, { page: requestedPage(request), locale: await resolveLocale() });
  return publicReportResponse(request, result, {
    gone: "This case link does not exist or has been withdrawn.",
    noSuchPage: "This case report has no such page.",
  });
}
