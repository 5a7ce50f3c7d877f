import { createHash } from "node:crypto";
import { ACCOUNTS, chooseLanguage, expect, seriousViolations, signIn, test, withDatabase } from "./support";

const TOKEN_SHAPE = /^cdk_[a-z0-9]{8}_[A-Za-z0-9_-]{43}$/;

test.afterAll(async () => {
  await withDatabase((client) => client.query(`DELETE FROM "ApiToken" WHERE name LIKE 'E2E token %'`));
});

test("an admin creates an API token, sees it once, calls the API with it, revokes it and is refused", async ({
  page,
  playwright,
  baseURL,
}, testInfo) => {
  const name = `E2E token ${Date.now()}`;
  const expiresOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  await signIn(page, ACCOUNTS.ADMIN.email);
  await page.getByRole("link", { name: "Team" }).click();

  const section = page.getByTestId("api-tokens");
  await expect(section.getByRole("heading", { name: "API tokens" })).toBeVisible();
  const form = section.getByTestId("create-api-token-form");
  await form.getByLabel("Token name").fill(name);
  await form.getByLabel("Highest role").selectOption("EDITOR");
  await form.getByLabel("Last day it works (optional)").fill(expiresOn);
  await form.getByRole("button", { name: "Create token" }).click();

  const created = section.getByTestId("api-token-created");
  await expect(created).toContainText("This token will not be shown again");
  const token = await created.getByTestId("api-token-value").inputValue();
  expect(token).toMatch(TOKEN_SHAPE);
  const prefix = token.slice(0, 12);
  // Only the token's hash is stored, under its prefix.
  const stored = await withDatabase((client) =>
    client.query<{ secretHash: string; role: string }>(`SELECT "secretHash", role FROM "ApiToken" WHERE prefix = $1`, [
      prefix,
    ]),
  );
  expect(stored.rows).toEqual([{ secretHash: createHash("sha256").update(token).digest("hex"), role: "EDITOR" }]);

  const row = section.getByTestId(`api-token-${prefix}`);
  await expect(row).toContainText(name);
  await expect(row).toContainText("Editor");
  await expect(row).toContainText(ACCOUNTS.ADMIN.name);
  await expect(row).toContainText("Not yet");
  // The last day it works, as chosen (it expires at the midnight, UTC, after it).
  const lastDay = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
  await expect(row).toContainText(lastDay.format(new Date(`${expiresOn}T00:00:00Z`)));
  await expect(row).toContainText("Active");
  await section.screenshot({ path: testInfo.outputPath("api-tokens-en.png") });
  expect(await seriousViolations(page)).toEqual([]);

  await chooseLanguage(page, "ar");
  await expect(section.getByRole("heading", { name: "رموز الواجهة البرمجية (API)" })).toBeVisible();
  await expect(section.getByTestId("api-token-created")).toContainText("لن يُعرض هذا الرمز مرة أخرى");
  await section.screenshot({ path: testInfo.outputPath("api-tokens-ar.png") });
  expect(await seriousViolations(page)).toEqual([]);
  await chooseLanguage(page, "en");

  // Shown once: after a reload only the prefix is left, in the list.
  await page.reload();
  await expect(row).toContainText(name);
  await expect(section.getByTestId("api-token-created")).toHaveCount(0);
  expect(await page.content()).not.toContain(token.slice(13));

  // The token opens the REST API, without any cookie; nothing else does.
  const api = await playwright.request.newContext({ baseURL });
  const bearer = { authorization: `Bearer ${token}` };
  const imported = await api.post("/api/v1/articles", {
    headers: bearer,
    data: {
      source: "paste",
      title: `${name} article`,
      text: "قال المرصد إن 12 شخصاً قتلوا في القصف.",
      allowDuplicate: true,
    },
  });
  expect(imported.status()).toBe(201);
  const article = await imported.json();
  const read = await api.get(`/api/v1/articles/${article.id}`, { headers: bearer });
  expect(read.status()).toBe(200);
  expect(read.headers()["ratelimit-limit"]).toBe("600");
  expect((await read.json()).revision.text).toBe("قال المرصد إن 12 شخصاً قتلوا في القصف.");
  const anonymous = await api.get("/api/v1/claims");
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()["content-type"]).toBe("application/problem+json");

  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: `Revoke the token ${name}` }).click();
  await expect(section.getByTestId("api-tokens-feedback")).toHaveText(`The token "${name}" is revoked.`);
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button")).toHaveCount(0);
  const revoked = await withDatabase((client) =>
    client.query(`SELECT 1 FROM "ApiToken" WHERE prefix = $1 AND "revokedAt" IS NOT NULL`, [prefix]),
  );
  expect(revoked.rowCount).toBe(1);
  const refused = await api.get(`/api/v1/articles/${article.id}`, { headers: bearer });
  expect(refused.status()).toBe(401);
  expect((await refused.json()).code).toBe("UNAUTHENTICATED");
  await api.dispose();
});

test("the API reference renders the generated document, served from the app itself", async ({
  page,
  baseURL,
}, testInfo) => {
  const requested: string[] = [];
  page.on("request", (request) => requested.push(request.url()));
  await signIn(page, ACCOUNTS.ADMIN.email);
  await page.getByRole("link", { name: "Team" }).click();
  await page.getByTestId("api-tokens").getByRole("link", { name: "API reference" }).click();
  await expect(page.getByRole("heading", { name: /ClaimDesk API/ })).toBeVisible();
  await expect(page.getByText("/claims/{claimId}/transitions").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("api-reference.png") });
  // An operation opens onto its parameters, its body schema and its answers, problems included.
  await page.getByText("/claims/{claimId}/transitions").first().click();
  await expect(page.getByText("application/problem+json").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("api-reference-operation.png"), fullPage: true });
  // No CDN, no validator: every request stays on this server.
  expect(requested.filter((url) => !url.startsWith(`${baseURL}/`) && !url.startsWith("data:"))).toEqual([]);
});
