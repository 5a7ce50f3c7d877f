import { resolveLocale } from "@/lib/i18n/request";
import { renderPublicClaim } from "@/lib/server/embeds/render-public-claim";

/** Styles inline, fonts from /r/fonts, the JSON-LD block is data (CSP does not govern it): no scripts run. */
const POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * A published claim's public page or embed card, answered like the public report: 404 when the
 * link is revoked or the claim is not published in its article, an ETag to revalidate against,
 * in the visitor's language. The card may be framed by any site; the page by none.
 */
export async function publicClaimResponse(
  request: Request,
  params: Promise<{ token: string; claimId: string }>,
  view: "page" | "embed",
): Promise<Response> {
  const { token, claimId } = await params;
  const result = await renderPublicClaim({ token, claimId }, { view, locale: await resolveLocale() });
  if (result.kind === "gone")
    return new Response("This claim is not public, or its link has been withdrawn.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  const headers = {
    "content-type": "text/html; charset=utf-8",
    // Stored, but checked with the server each time (ETag): a revoked link must not live on in a cache.
    "cache-control": "public, no-cache",
    etag: result.etag,
    vary: "Cookie, Accept-Language",
    "content-security-policy": `${POLICY}; frame-ancestors ${view === "embed" ? "*" : "'none'"}`,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };
  if (request.headers.get("if-none-match") === result.etag) return new Response(null, { status: 304, headers });
  return new Response(result.html, { headers });
}
