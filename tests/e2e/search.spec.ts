import { ACCOUNTS, expect, selectInReader, seriousViolations, signIn, test } from "./support";

test("a fact-checker finds Omsen in any spelling, and opens his track record", async ({ page }) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  for (const spelling of ["اومسين", "أُومْسِين", "أومسيــن"]) {
    await page.getByLabel("Words to find").fill(spelling);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const articles = page.getByTestId("articles-results");
    await expect(articles.getByRole("listitem").first()).toBeVisible();
    // Highlighted as the article writes it.
    await expect(articles.locator("mark").first()).toHaveText("أومسين");
  }
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Entities" }).click();
  await page.getByRole("link", { name: "Omar Omsen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Omar Omsen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Track record" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("without words, the search page lists the team's claims under the filters, newest first", async ({ page }) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await page.getByRole("link", { name: "قوّات سورية تطوّق مخيّماً يضم جهاديين فرنسيين في إدلب (فيديو)" }).first().click();
  await selectInReader(page, "الرئيس الانتقالي أحمد الشرع وعد فرنسا");
  await page.getByTestId("create-claim-from-selection").click();
  const editor = page.getByTestId("claim-editor");
  await editor.getByLabel("Type").selectOption("STATISTIC");
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Search" }).click();
  await expect(page.getByRole("heading", { name: "Latest claims" })).toBeVisible();
  await page.getByLabel("Type").selectOption("STATISTIC");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  const results = page.getByTestId("claim-results").getByRole("listitem");
  await expect(results.first()).toContainText("الرئيس الانتقالي أحمد الشرع وعد فرنسا");
  for (const item of await results.all()) await expect(item).toContainText("Statistic");
  expect(await seriousViolations(page)).toEqual([]);
});
