import { Webhook } from "standardwebhooks";
import { ACCOUNTS, chooseLanguage, expect, seriousViolations, signIn, test, withDatabase } from "./support";

const FIXTURE = `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT ?? 3101}`;

interface Received {
  headers: Record<string, string>;
  body: string;
}
const receivedAt = async (name: string): Promise<Received[]> => (await fetch(`${FIXTURE}/hooks/${name}`)).json();

/** The newest deliveries' status and answer, as the worker wrote them. */
const deliveries = (url: string) =>
  withDatabase(async (client) => {
    const { rows } = await client.query<{ status: string; responseStatus: number | null }>(
      `SELECT d.status, d."responseStatus" FROM "WebhookDelivery" d JOIN "WebhookEndpoint" e ON e.id = d."endpointId"
       WHERE e.url = $1 ORDER BY d.id`,
      [url],
    );
    return rows.map((row) => `${row.status} ${row.responseStatus ?? "-"}`);
  });

test("an admin adds a webhook endpoint, sends a signed test event, reads the delivery log and redelivers", async ({
  page,
}, testInfo) => {
  const name = `e2e-${Date.now()}`;
  const url = `${FIXTURE}/hooks/${name}`;
  await signIn(page, ACCOUNTS.ADMIN.email);
  await page.getByRole("link", { name: "Team" }).click();
  await page.getByRole("link", { name: "Webhooks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();

  const form = page.getByTestId("create-webhook-form");
  // Nothing chosen: told so, and what was typed stays.
  await form.getByLabel("Address (URL)").fill(url);
  await form.getByRole("button", { name: "Add endpoint" }).click();
  await expect(form.getByText("Choose at least one event.")).toBeVisible();
  await expect(form.getByLabel("Address (URL)")).toHaveValue(url);

  await form.getByLabel("Description").fill("Newsroom CMS");
  await form.getByLabel("A claim is published").check();
  await form.getByLabel("An article is imported").check();
  await form.getByRole("button", { name: "Add endpoint" }).click();
  const secret = await page.getByTestId("webhook-secret").inputValue();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

  const endpoint = page.getByTestId("webhook-endpoint").filter({ hasText: url });
  await expect(endpoint).toContainText("Newsroom CMS");
  await expect(endpoint).toContainText("A claim is published, An article is imported");
  await expect(endpoint).toContainText("Nothing sent yet.");
  await page.screenshot({ path: testInfo.outputPath("webhooks-en.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  // The test event reaches the receiver, signed so that a Standard Webhooks library accepts it.
  await endpoint.getByRole("button", { name: "Send test event" }).click();
  await expect(page.getByTestId("webhooks-feedback")).toContainText("A test event is on its way");
  await expect.poll(() => deliveries(url)).toEqual(["SUCCEEDED 200"]);
  const [received] = await receivedAt(name);
  const message = new Webhook(secret).verify(received!.body, received!.headers) as { type: string };
  expect(message.type).toBe("webhook.test");

  await page.reload();
  await expect(endpoint).toContainText("Delivered");
  await endpoint.getByRole("link", { name: "Delivery log" }).click();
  const log = page.getByTestId("delivery-log");
  await expect(log.getByTestId("delivery")).toHaveCount(1);
  await expect(log.getByTestId("delivery").first()).toContainText("webhook.test");
  await expect(log.getByTestId("delivery").first()).toContainText("Delivered");
  await expect(log.getByTestId("delivery").first()).toContainText("200");

  // The receiver now fails: the redelivery is logged as waiting for its next try, with the answer it got.
  await fetch(`${FIXTURE}/hooks/${name}/answer/500`);
  await log.getByRole("button", { name: `Redeliver message ${received!.headers["webhook-id"]}` }).click();
  await expect(page.getByTestId("delivery-log-feedback")).toContainText("sent again");
  await expect.poll(() => deliveries(url)).toEqual(["SUCCEEDED 200", "PENDING 500"]);
  await page.reload();
  const retry = log.getByTestId("delivery").first();
  await expect(retry).toContainText("Waiting");
  await expect(retry).toContainText("500");
  const [, again] = await receivedAt(name);
  expect(again!.headers["webhook-id"]).toBe(received!.headers["webhook-id"]);
  await page.screenshot({ path: testInfo.outputPath("webhook-log-en.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);

  await chooseLanguage(page, "ar");
  await expect(page.getByRole("heading", { level: 1, name: "سجل التسليم" })).toBeVisible();
  await expect(log.getByTestId("delivery").first()).toContainText("بانتظار الإرسال");
  await page.screenshot({ path: testInfo.outputPath("webhook-log-ar.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "خطافات الويب" }).first().click();
  await page.screenshot({ path: testInfo.outputPath("webhooks-ar.png"), fullPage: true });
  await chooseLanguage(page, "en");

  // Removed: nothing more is sent, and the list no longer shows it.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: `Remove the endpoint ${url}` }).click();
  await expect(page.getByTestId("webhooks-feedback")).toContainText("The endpoint was removed.");
  await expect(page.getByTestId("webhook-endpoint").filter({ hasText: url })).toHaveCount(0);
});

test("a fact-checker has no way to the webhooks page", async ({ page, browserProblems }) => {
  browserProblems.allow(/status of 404 .*\/team\/webhooks\)$/);
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  const response = await page.goto("/team/webhooks");
  expect(response?.status()).toBe(404);
});
