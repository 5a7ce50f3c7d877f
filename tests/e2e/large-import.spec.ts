import { randomUUID } from "node:crypto";
import { ACCOUNTS, expect, signIn, test } from "./support";

/**
 * A large HTML upload is read in a worker thread (lib/server/text-work), not on the thread that
 * serves everyone: this proves the built app bundles and runs that worker. (That the serving
 * thread stays free is measured in run-text-task.test.ts.)
 */
test("a large HTML upload is imported through the worker thread of the built app", async ({ page }) => {
  const title = `Large report ${randomUUID().slice(0, 8)}`;
  const paragraph = "<p>The observatory said that five people were killed in the camp, according to local sources.</p>";
  const html = `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${paragraph.repeat(3_500)}</article></body></html>`;
  expect(html.length).toBeGreaterThan(300_000);

  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await page.getByRole("link", { name: "Import article" }).click();
  await page.getByLabel("Upload a file").check();
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "large-report.html",
    mimeType: "text/html",
    buffer: Buffer.from(html),
  });
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText("The observatory said that five people were killed").first()).toBeVisible();
});
