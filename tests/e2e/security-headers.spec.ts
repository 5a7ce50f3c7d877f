import { ACCOUNTS, expect, signIn, test } from "./support";

test("pages carry the security headers", async ({ page }) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-powered-by"]).toBeUndefined();
});

test("the session cookie is HttpOnly and SameSite=Lax", async ({ page, context }) => {
  await signIn(page, ACCOUNTS.VIEWER.email);
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("authjs.session-token"));
  expect(session).toBeDefined();
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("the SQL tally of the benchmarks does not exist on a server without CLAIMDESK_SQL_TALLY", async ({ request }) => {
  const response = await request.get("/api/debug/sql-tally");
  expect(response.status()).toBe(404);
  expect(await response.text()).not.toContain("statements");
});
