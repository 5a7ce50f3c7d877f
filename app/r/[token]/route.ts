import { resolveLocale } from "@/lib/i18n/request";
import { renderPublicReport } from "@/lib/server/reports/render-public-report";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * The public report behind an unguessable link: published claims only, no sign-in, no internal
 * notes, 50 claims a page (?page=2 ...); gone (404) once the link is revoked. Rendered again only
 * when what it shows changes (render-public-report.ts).
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const requested = new URL(request.url).searchParams.get("page") ?? "1";
  const page = /^[1-9]\d{0,5}$/.test(requested) ? Number(requested) : 0;
  // In the visitor's language (their ClaimDesk choice, else the browser's), so caches keep one copy per language.
  const result = await renderPublicReport(token, { page, locale: await resolveLocale() });
  if (result.kind === "gone") return text("This report link does not exist or has been withdrawn.", 404);
  if (result.kind === "noSuchPage") return text("This report has no such page.", 404);
  const headers = {
    "content-type": "text/html; charset=utf-8",
    // Stored, but checked with the server each time (ETag): a revoked link must not live on in a cache.
    "cache-control": "public, no-cache",
    etag: result.etag,
    vary: "Cookie, Accept-Language",
    // The page is static: no scripts run (the JSON-LD block is data, which CSP does not govern); styles inline, fonts from /r/fonts.
    "content-security-policy":
      "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };
  if (request.headers.get("if-none-match") === result.etag) return new Response(null, { status: 304, headers });
  return new Response(result.html, { headers });
}
