import "server-only";
import type { PublicReportPage } from "./render-public-report";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/** The page a public report link asks for (?page=2 …), or 0 for anything that is not a page number. */
export function requestedPage(request: Request): number {
  const requested = new URL(request.url).searchParams.get("page") ?? "1";
  return /^[1-9]\d{0,5}$/.test(requested) ? Number(requested) : 0;
}

/**
 * The answer of a public report page (an article's or a case's), with the headers every public
 * page carries: revalidated each time (a revoked link must not live on in a cache), no scripts,
 * nothing framed or referred.
 */
export function publicReportResponse(
  request: Request,
  result: PublicReportPage,
  words: { gone: string; noSuchPage: string },
): Response {
  if (result.kind === "gone") return text(words.gone, 404);
  if (result.kind === "noSuchPage") return text(words.noSuchPage, 404);
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
