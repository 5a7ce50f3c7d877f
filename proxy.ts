import { NextResponse, type NextRequest } from "next/server";
import { appEnv } from "@/lib/config/env";
import { databaseRecentlyUnreachable } from "@/lib/database-outage";
import { OUTAGE_PAGE_POLICY, OUTAGE_RETRY_SECONDS, outagePageHtml } from "@/lib/database-outage-page";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage } from "@/lib/i18n/locales";
import ar from "@/messages/ar.json";
import en from "@/messages/en.json";
import { REQUEST_ID_HEADER } from "@/lib/log/request-id";
import { requestedPathOf, RETURN_PATH_HEADER } from "@/lib/auth/return-path";

/**
 * Gives every request an id (x-request-id, on the request for the server's log lines and on
 * the response for whoever reports a problem), and sets a per-request Content-Security-Policy
 * with a nonce that Next applies to its own scripts on pages. While the database is unreachable,
 * pages get the outage page (503) instead of an error. This is not an authorisation layer:
 * every page and action checks permissions.
 */
export function proxy(request: NextRequest) {
  const requestId = crypto.randomUUID();
  if (databaseRecentlyUnreachable() && isPageRequest(request)) return outageResponse(request, requestId);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  // The page asked for, so a sign-in redirect can come back to it (lib/auth/return-path.ts); replaces any client value.
  requestHeaders.set(RETURN_PATH_HEADER, requestedPathOf(request.nextUrl));
  const csp = wantsPagePolicy(request) ? pagePolicy(requestHeaders) : null;

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  if (csp) response.headers.set("Content-Security-Policy", csp);
  const hsts = strictTransportSecurity(appEnv().APP_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

/** Page loads (and public reports): what a person would otherwise see as an error page. Actions (POST) answer themselves. */
function isPageRequest(request: NextRequest): boolean {
  return request.method === "GET" && !request.nextUrl.pathname.startsWith("/api/");
}

function outageResponse(request: NextRequest, requestId: string): NextResponse {
  const chosen = request.cookies.get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage(request.headers.get("accept-language"));
  const html = outagePageHtml(locale, (locale === "ar" ? ar : en).outage);
  return new NextResponse(html, {
    status: 503,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": String(OUTAGE_RETRY_SECONDS),
      "content-security-policy": OUTAGE_PAGE_POLICY,
      [REQUEST_ID_HEADER]: requestId,
      vary: "Accept-Language, Cookie",
    },
  });
}

/**
 * HSTS when the app's public address is HTTPS: browsers then refuse plain HTTP to it for two
 * years. Not on plain-HTTP set-ups (a local try-out), where it would mean nothing.
 */
export function strictTransportSecurity(appUrl: string): string | null {
  return appUrl.startsWith("https:") ? "max-age=63072000" : null;
}

/**
 * Pages only: route handlers under /api answer with data, /r/ (public reports) sets its own,
 * stricter policy, and prefetches are answered without rendering scripts.
 */
function wantsPagePolicy(request: NextRequest): boolean {
  if (/^\/(?:api|r\/)/.test(request.nextUrl.pathname)) return false;
  return !request.headers.has("next-router-prefetch") && request.headers.get("purpose") !== "prefetch";
}

/** Builds the policy around a fresh nonce and hands both to the renderer through the request headers. */
function pagePolicy(requestHeaders: Headers): string {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const isDev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    // Style attributes are set by Radix and Tiptap at run time; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return csp;
}

export const config = {
  // Every request gets an id, so the matcher covers /api and /r/ too; the policy is decided above.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
