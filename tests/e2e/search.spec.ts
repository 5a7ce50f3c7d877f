import { randomUUID } from "node:crypto";
import { ACCOUNTS, chooseLanguage, expect, selectInReader, seriousViolations, signIn, test } from "./support";

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

test("in Arabic, تفاوض finds للتفاوض as written, and Omsen finds what the text says in Arabic", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await page
    .getByRole("link", { name: /^توصلت قوات الأمن الداخلي السورية إلى اتفاق تهدئة/ })
    .first()
    .click();
  await selectInReader(page, "سعت بدايةً للتفاوض مع زعيم المجموعة");
  await page.getByTestId("create-claim-from-selection").click();
  const editor = page.getByTestId("claim-editor");
  await editor.getByLabel("Type").selectOption("STATEMENT");
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();
  // A claim whose words do not name Omsen, but whose claimant is he (from a fresh reader).
  await page.reload();
  await selectInReader(page, "اندلعت اشتباكات محدودة بين الأمن الداخلي");
  await page.getByTestId("create-claim-from-selection").click();
  await editor.getByLabel("Type").selectOption("EVENT");
  // Its own statement finds it among the same quote's claims made by other specs on the shared database.
  const stamp = `Clashes at the camp, walk ${randomUUID().slice(0, 8)}`;
  await editor.getByLabel("Neutral statement").fill(stamp);
  await editor.getByRole("combobox", { name: "Claimant (who makes the claim)" }).fill("Omsen");
  await page.getByRole("option", { name: /Omar Omsen/ }).click();
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();

  // In English: a quoted phrase next to a plain word (and a picture of the page for review).
  await page.goto(`/search?q=${encodeURIComponent('"التفاوض مع" زعيم')}`);
  // The phrase is marked as one run of whole words, as written; the plain word on its own.
  const phraseMarks = page
    .getByTestId("claim-results")
    .getByRole("listitem")
    .filter({ hasText: "سعت بدايةً للتفاوض مع زعيم المجموعة" })
    .first()
    .locator("mark");
  await expect(phraseMarks).toHaveText(["للتفاوض مع", "زعيم"]);
  await page.screenshot({ path: test.info().outputPath("search-phrase-en.png"), fullPage: true });

  await chooseLanguage(page, "ar");
  await page.getByRole("navigation", { name: "التنقل الرئيسي" }).getByRole("link", { name: "بحث" }).click();
  await page.getByLabel("كلمات البحث").fill("تفاوض");
  await page.getByRole("button", { name: "ابحث", exact: true }).click();
  // The stem was searched; the whole word is highlighted as the article writes it.
  const claims = page.getByTestId("claim-results").getByRole("listitem");
  const negotiation = claims.filter({ hasText: "سعت بدايةً للتفاوض مع زعيم المجموعة" }).first();
  await expect(negotiation.locator("mark")).toHaveText(["للتفاوض"]);
  await expect(page.getByTestId("articles-results").locator("mark").first()).toHaveText(/^(لل|ال)?تفاوض$/);
  expect(await seriousViolations(page)).toEqual([]);

  // Quoted words side by side: found; the same words apart: not.
  await page.getByLabel("كلمات البحث").fill('"التفاوض مع زعيم"');
  await page.getByRole("button", { name: "ابحث", exact: true }).click();
  await expect(claims.filter({ hasText: "سعت بدايةً للتفاوض مع زعيم المجموعة" }).first()).toBeVisible();
  await page.getByLabel("كلمات البحث").fill('"التفاوض زعيم"');
  await page.getByRole("button", { name: "ابحث", exact: true }).click();
  await expect(page.getByRole("heading", { name: "الادعاءات" })).toBeVisible();
  await expect(page.getByTestId("claim-results")).toHaveCount(0);

  // A Latin alias of Omar Omsen finds the Arabic text that names him, highlighted as written.
  await page.getByLabel("كلمات البحث").fill("Omsen");
  await page.getByRole("button", { name: "ابحث", exact: true }).click();
  await expect(page.getByTestId("articles-results").locator("mark", { hasText: "أومسين" }).first()).toBeVisible();
  await expect(claims.filter({ hasText: stamp })).toContainText("عمر أومسين");
  await page.screenshot({ path: test.info().outputPath("search-omsen-ar.png"), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});
