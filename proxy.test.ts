import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { noteDatabaseUnreachable, OUTAGE_WINDOW_MS } from "@/lib/database-outage";
import { config, proxy, strictTransportSecurity } from "./proxy";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function run(path: string, headers: Record<string, string> = {}) {
  const response = proxy(new NextRequest(`http://localhost${path}`, { headers }));
  return {
    requestId: response.headers.get("x-request-id"),
    // What the app sees as the request's own headers (NextResponse.next passes them on this way).
    forwardedRequestId: response.headers.get("x-middleware-request-x-request-id"),
    csp: response.headers.get("content-security-policy"),
  };
}

describe("proxy", () => {
  it("runs for pages, route handlers, public reports and prefetches, not for static files", () => {
    const matches = (url: string, headers = {}) => unstable_doesMiddlewareMatch({ config, url, headers });
    expect(matches("/articles")).toBe(true);
    expect(matches("/api/health")).toBe(true);
    expect(matches("/r/some-token")).toBe(true);
    expect(matches("/articles", { "next-router-prefetch": "1" })).toBe(true);
    expect(matches("/_next/static/chunks/main.js")).toBe(false);
  });

  it("gives each request a fresh id, on the request and the response, replacing one a client sent", () => {
    const first = run("/api/health", { "x-request-id": "chosen-by-client" });
    expect(first.requestId).toMatch(UUID);
    expect(first.forwardedRequestId).toBe(first.requestId);
    expect(run("/api/health").requestId).not.toBe(first.requestId);
  });

  it("sets the page policy on pages only", () => {
    expect(run("/articles").csp).toContain("script-src 'self' 'nonce-");
    expect(run("/api/health").csp).toBeNull();
    expect(run("/r/some-token").csp).toBeNull();
    expect(run("/articles", { "next-router-prefetch": "1" }).csp).toBeNull();
  });
});

describe("strictTransportSecurity", () => {
  it("asks browsers for HTTPS only when the public address is HTTPS", () => {
    expect(strictTransportSecurity("https://claims.example.org")).toBe("max-age=63072000");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
  });
});

describe("proxy while the database is unreachable", () => {
  afterEach(() => noteDatabaseUnreachable(0));

  it("answers page loads with the outage page (503) in the reader's language, and lets the rest through", async () => {
    noteDatabaseUnreachable();
    const page = proxy(new NextRequest("http://localhost/articles", { headers: { "accept-language": "ar,en;q=0.5" } }));
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await page.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("لا يستطيع ClaimDesk الوصول إلى قاعدة بياناته");
    const english = proxy(
      new NextRequest("http://localhost/r/token", { headers: { cookie: "NEXT_LOCALE=en", "accept-language": "ar" } }),
    );
    expect(await english.text()).toContain("ClaimDesk cannot reach its database");
    // Health reports for itself; actions answer with their own translated error.
    expect(proxy(new NextRequest("http://localhost/api/health")).status).toBe(200);
    expect(proxy(new NextRequest("http://localhost/articles", { method: "POST" })).status).toBe(200);
  });

  it("tries the database again once the window has passed", () => {
    noteDatabaseUnreachable(Date.now() - OUTAGE_WINDOW_MS - 1);
    expect(proxy(new NextRequest("http://localhost/articles")).status).toBe(200);
  });
});
