import { resolveLocale } from "@/lib/i18n/request";
import { renderPublicCase } from "@/lib/server/cases/render-public-case";

const text = (body: string, status: number) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8" } });

/**
 * A case's public report behind an unguessable link: the edition an editor published (its claims
 * as last published), no sign-in, no internal notes, 50 claims a page; gone (404) once revoked.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const requested = new URL(request.url).searchParams.get("page") ?? "1";
  const page = /^[1-9]\d{0,5}$/.test(requested) ? Number(requested) : 0;
  const result = await renderPublicCase(token, { page, locale: await resolveLocale() });
  if (result.kind === "gone") return text("This case link does not exist or has been withdrawn.", 404);
  if (result.kind === "noSuchPage") return text("This case report has no such page.", 404);
  const headers = {
    "content-type": "text/html; charset=utf-8",
    // Checked with the server each time (ETag): a revoked link must not live on in a cache.
    "cache-control": "public, no-cache",
    etag: result.etag,
    vary: "Cookie, Accept-Language",
    "content-security-policy":
      "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };
  if (request.headers.get("if-none-match") === result.etag) return new Response(null, { status: 304, headers });
  return new Response(result.html, { headers });
}
