import { ACCOUNTS, expect, seriousViolations, signIn, test } from "./support";

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
