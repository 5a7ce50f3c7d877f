import type { APIRequestContext, BrowserContext } from "@playwright/test";
import pg from "pg";
import { ACCOUNTS, E2E_PASSWORD, expect, signIn, test } from "./support";

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((candidate) => candidate.name.endsWith("authjs.session-token"));
  expect(cookie).toBeDefined();
  return cookie!;
}

/** Where a page request goes: 200 when the session counts, a redirect to /login when it does not. */
async function landing(api: APIRequestContext): Promise<string> {
  const response = await api.get("/", { maxRedirects: 0 });
  return response.status() === 200 ? "page" : (response.headers()["location"] ?? String(response.status()));
}

async function onDatabase(sql: string, values: unknown[]): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql, values);
  } finally {
    await client.end();
  }
}

test("a session token copied before sign-out is refused after it, by pages and by /api/auth/session", async ({
  page,
  context,
  playwright,
  baseURL,
}) => {
  await signIn(page, ACCOUNTS.VIEWER.email);
  // Someone else holds a copy of the token and uses it from elsewhere.
  const thief = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [await sessionCookie(context)], origins: [] },
    extraHTTPHeaders: { "x-forwarded-for": "203.0.113.50" },
  });
  expect(await landing(thief)).toBe("page");
  expect(await (await thief.get("/api/auth/session")).json()).toMatchObject({ userId: expect.any(String) });

  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login$/);

  expect(await landing(thief)).toMatch(/\/login$/);
  expect(await (await thief.get("/api/auth/session")).json()).toBeNull();
  await thief.dispose();
});

test("sign out everywhere ends the session in another browser too", async ({ page, browser }) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  const elsewhere = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.93" } });
  const otherPage = await elsewhere.newPage();
  await signIn(otherPage, ACCOUNTS.FACT_CHECKER.email);

  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/login$/);
  await elsewhere.close();
});

test("refreshing a session does not keep it past its absolute end", async ({ page, context, playwright, baseURL }) => {
  await signIn(page, ACCOUNTS.EDITOR.email);
  const holder = await playwright.request.newContext({
    baseURL,
    storageState: { cookies: [await sessionCookie(context)], origins: [] },
  });
  // Every read re-issues the cookie with a later expiry; the session's own end stays where it was.
  for (let read = 0; read < 3; read++) {
    expect(await (await holder.get("/api/auth/session")).json()).toMatchObject({ userId: expect.any(String) });
  }
  // The end arrives (moved here instead of waiting seven days).
  await onDatabase(
    `UPDATE "UserSession" SET "expiresAt" = now() - interval '1 second'
      WHERE id = (SELECT s.id FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
                  WHERE u.email = $1 ORDER BY s."createdAt" DESC LIMIT 1)`,
    [ACCOUNTS.EDITOR.email],
  );
  expect(await (await holder.get("/api/auth/session")).json()).toBeNull();
  await page.reload();
  await expect(page).toHaveURL(/\/login$/);
  await holder.dispose();
});

/** One sign-in over Auth.js's HTTP endpoint, as a script would: "ok", or the refusal's code. */
async function attemptSignIn(
  api: APIRequestContext,
  email: string,
  password: string,
  headers: Record<string, string>,
): Promise<string> {
  const { csrfToken } = (await (await api.get("/api/auth/csrf", { headers })).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/" },
    headers,
    maxRedirects: 0,
  });
  const location = new URL(response.headers()["location"] ?? "/", "http://app.invalid");
  return location.searchParams.has("error") ? (location.searchParams.get("code") ?? "error") : "ok";
}

test("100 sign-in attempts with a rotating X-Forwarded-For are throttled as the one address the proxy saw", async ({
  playwright,
  baseURL,
}) => {
  const attacker = await playwright.request.newContext({ baseURL });
  // The server trusts only its loopback peer as a proxy; that proxy appended the real address last.
  const realAddress = "203.0.113.77";
  const codes: string[] = [];
  for (let attempt = 0; attempt < 100; attempt++) {
    codes.push(
      await attemptSignIn(attacker, ACCOUNTS.VIEWER.email, `guess ${attempt}`, {
        "x-forwarded-for": `198.18.${attempt}.1, 198.19.${attempt}.2, ${realAddress}`,
        // A client's copy of the server's own peer header is overwritten, not believed.
        "x-claimdesk-peer-address": `192.0.2.${attempt + 1}`,
      }),
    );
  }
  const refused = codes.filter((code) => code.startsWith("rate_limited:"));
  console.info(
    `HTTP, rotating X-Forwarded-For: ${codes.length} attempts, ${codes.length - refused.length} checked, ${refused.length} refused`,
  );
  expect(codes.length - refused.length).toBe(5);
  expect(refused).toHaveLength(95);
  // Each refusal says when to retry.
  for (const code of refused) expect(Number(code.split(":")[1])).toBeGreaterThan(0);

  // The owner, through the same proxy from their own address, is let in at once.
  const owner = await playwright.request.newContext({ baseURL });
  expect(await attemptSignIn(owner, ACCOUNTS.VIEWER.email, E2E_PASSWORD, { "x-forwarded-for": "203.0.113.78" })).toBe(
    "ok",
  );
  await attacker.dispose();
  await owner.dispose();
});
