import { ACCOUNTS, chooseLanguage, expect, selectInReader, seriousViolations, signIn, test } from "./support";

const ARTICLE_002 = /قوّات سورية تطوّق مخيّماً/;
const ENGLISH_STATEMENT = "Clashes broke out in the camp; French jihadists were arrested.";

test("an English statement on an Arabic article reads left to right wherever it is shown, and the tweet line keeps its brackets", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await page.getByRole("link", { name: ARTICLE_002 }).first().click();

  // The embedded tweet's handle and date are laid out as an English run inside the Arabic line.
  const tweetRun = page.getByTestId("reader-surface").locator('bdi[dir="ltr"]', { hasText: "@YenNews1" }).first();
  await expect(tweetRun).toHaveText("(@YenNews1) October 22, 2025");

  await selectInReader(page, "أكّدت قوّات الأمن السورية الأربعاء تطويقها مخيّماً");
  await page.getByTestId("create-claim-from-selection").click();
  const editor = page.getByTestId("claim-editor");
  await editor.getByLabel("Neutral statement").fill(ENGLISH_STATEMENT);
  await editor.getByLabel("Type").selectOption("EVENT");
  await editor.getByRole("combobox", { name: "Claimant (who makes the claim)" }).fill("Bakir");
  await editor.getByRole("option", { name: /Ghassan Bakir/ }).click();
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();

  // In the article's claim list, and on the claim page, in both UI languages.
  const listed = page.getByTestId("claims-list").getByText(ENGLISH_STATEMENT);
  await expect(listed).toHaveAttribute("dir", "ltr");
  await expect(listed).toHaveAttribute("lang", "en");
  await page.getByTestId("open-claim-page").click();
  for (const locale of ["en", "ar"] as const) {
    await chooseLanguage(page, locale);
    const heading = page.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText(ENGLISH_STATEMENT);
    await expect(heading).toHaveAttribute("dir", "ltr");
    await expect(heading).toHaveAttribute("lang", "en");
    // The claimant by the name the interface's language knows him by, isolated inside the phrase.
    const claimant = page.getByTestId("claim-claimant").first();
    await expect(claimant).toHaveText(locale === "ar" ? "بحسب غسان باكير" : "by Ghassan Bakir");
    await expect(claimant.locator("bdi")).toHaveText(locale === "ar" ? "غسان باكير" : "Ghassan Bakir");
    // The full stop ends the sentence on the right, as written: the text's right edge is its last word's.
    const box = await heading.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const text = range.getBoundingClientRect();
      const stop = document.createRange();
      const node = element.firstChild!;
      stop.setStart(node, node.textContent!.length - 1);
      stop.setEnd(node, node.textContent!.length);
      return { textRight: text.right, stopRight: stop.getBoundingClientRect().right };
    });
    expect(Math.abs(box.textRight - box.stopRight)).toBeLessThan(2);
    await page.screenshot({ path: `test-results/screenshots/claim-english-on-arabic-${locale}.png`, fullPage: true });
  }

  // Search finds it and lays it out the same way.
  await page.goto(`/search?q=${encodeURIComponent("French jihadists")}`);
  const hit = page.getByTestId("claim-results").locator('[lang="en"][dir="ltr"]', { hasText: "French jihadists" });
  await expect(hit.first()).toBeVisible();
});

for (const locale of ["en", "ar"] as const) {
  test(`every page has one main landmark, no serious axe finding and a quiet console (${locale})`, async ({
    page,
    browserProblems,
  }) => {
    // A tour of eleven pages, each waited for and checked by axe: longer than one journey's minute.
    test.setTimeout(240_000);
    await signIn(page, ACCOUNTS.ADMIN.email);
    await chooseLanguage(page, locale);
    await page.getByRole("link", { name: ARTICLE_002 }).first().click();
    await expect(page.getByTestId("reader-surface")).toBeVisible();
    const articlePath = new URL(page.url()).pathname;

    const pages = [
      "/",
      articlePath,
      "/review",
      "/dashboard",
      "/inbox",
      "/search?q=%D8%A7%D9%84%D9%85%D8%B1%D8%B5%D8%AF",
      "/entities",
      "/sources",
      "/account",
      "/team",
    ];
    for (const path of pages) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("main"), path).toHaveCount(1);
      expect(await seriousViolations(page), path).toEqual([]);
      const name = path === "/" ? "articles" : path.split(/[/?]/)[1];
      await page.screenshot({ path: `test-results/screenshots/tour-${name}-${locale}.png`, fullPage: true });
    }

    // A claim that does not exist: the app's own "not found", inside the one <main>.
    browserProblems.allow(/status of 404 .*\/claims\/00000000-0000-4000-8000-000000000000\)$/);
    await page.goto("/claims/00000000-0000-4000-8000-000000000000");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "ar" ? "غير موجود" : "Not found");
    await expect(page.getByRole("main")).toHaveCount(1);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
