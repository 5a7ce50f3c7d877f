import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import {
  ACCOUNTS,
  chooseLanguage,
  expect,
  importArticleByPaste,
  selectInReader,
  seriousViolations,
  signIn,
  test,
} from "./support";

const ARTICLE_002 = readFileSync(
  path.join(import.meta.dirname, "../fixtures/articles/002_494f5185cd61c60b.txt"),
  "utf8",
);
const TITLE = "قوّات سورية تطوّق مخيّماً يضم جهاديين فرنسيين في إدلب (فيديو)";

async function acceptSuggestion(page: Page, type: string, includes: string): Promise<void> {
  const suggestion = page
    .getByTestId("suggestion")
    .filter({ hasText: includes })
    .filter({ has: page.getByTestId("suggestion-type").getByText(type, { exact: true }) })
    .first();
  await expect(suggestion).toBeVisible();
  await suggestion.getByRole("button", { name: /^Accept and edit/ }).click();
  await expect(page.getByTestId("claim-editor")).toBeVisible();
}

async function saveAndClose(page: Page): Promise<void> {
  const editor = page.getByTestId("claim-editor");
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();
  await editor.getByRole("button", { name: "Back to all claims" }).click();
}

test("a fact-checker imports article 002, splits it by hand and by suggestion, and finds the claims in place", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await page.getByRole("link", { name: "Import article" }).click();
  await page.getByLabel("Article text").fill(ARTICLE_002);
  await page.getByLabel("Publisher").fill("Annahar");
  await page.getByRole("button", { name: "Import" }).click();
  // The demo desk has article 002 already: the same text is offered to open, and imported only on request.
  const duplicate = page.getByTestId("duplicate-article");
  await expect(duplicate).toContainText("This article is already in ClaimDesk.");
  await expect(duplicate).toHaveAttribute("data-match", "text");
  await expect(duplicate.getByRole("link", { name: "Open it" })).toBeFocused();
  await duplicate.getByRole("button", { name: "Import anyway" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByTestId("reader-surface")).toHaveAttribute("dir", "rtl");

  // One claim by hand: select the words, press the button.
  await selectInReader(page, "أكّدت قوّات الأمن السورية الأربعاء تطويقها مخيّماً يتّخذه جهاديون فرنسيون مقرّاً لهم");
  await page.getByTestId("create-claim-from-selection").click();
  const editor = page.getByTestId("claim-editor");
  await expect(editor.getByTestId("claim-quote")).toContainText("تطويقها مخيّماً");
  await editor.getByLabel("Type").selectOption("EVENT");
  await editor.getByRole("combobox", { name: "Claimant (who makes the claim)" }).fill("الأمن الداخلي");
  await editor.getByRole("option", { name: /Syrian Internal Security/ }).click();
  await saveAndClose(page);

  // Three from suggestions: a casualty report, an accusation and a promise.
  await page.getByRole("button", { name: "Suggest claims" }).click();
  await acceptSuggestion(page, "Casualty report", "القتلى والجرحى");
  await expect(editor.getByRole("combobox", { name: "Claimant (who makes the claim)" })).toHaveValue(
    /Syrian Observatory/,
  );
  await editor.getByLabel("Parties").fill("French fighters, security forces");
  await editor.getByLabel("Killed: at least").fill("1");
  await saveAndClose(page);

  await acceptSuggestion(page, "Accusation", "");
  await editor.getByLabel("Alleged act").fill("kidnapping");
  await saveAndClose(page);

  await acceptSuggestion(page, "Promise", "وعد");
  await expect(editor.getByRole("combobox", { name: "Claimant (who makes the claim)" })).toHaveValue(/Sharaa/);
  await editor.getByLabel("Commitment").fill("end the presence of French jihadists in Syria");
  await saveAndClose(page);

  // The text and its highlights come in the server's HTML: readable before any script has run.
  const served = await (await page.request.get(page.url())).text();
  const readerAt = served.indexOf('data-testid="article-reader-static"');
  expect(readerAt).toBeGreaterThan(0);
  const serverReader = served.slice(readerAt, served.indexOf("</div>", readerAt));
  expect(serverReader.replace(/<[^>]+>/g, "")).toContain("تطويقها مخيّماً يتّخذه جهاديون فرنسيون");
  expect(new Set([...serverReader.matchAll(/<mark[^>]*data-claim-id="([^"]+)"/g)].map((match) => match[1])).size).toBe(
    4,
  );

  // After a reload everything is still there, highlighted in the text.
  await page.reload();
  const claims = page.getByTestId("claims-list").getByRole("listitem");
  await expect(claims).toHaveCount(4);
  for (const type of ["Event", "Casualty report", "Accusation", "Promise"]) {
    await expect(page.getByTestId("claims-list").getByTestId("claim-type").filter({ hasText: type })).toHaveCount(1);
  }
  await expect(page.getByTestId("article-reader").locator("mark[data-claim-id]").first()).toBeVisible();
  const marked = await page
    .getByTestId("article-reader")
    .locator("mark[data-claim-id]")
    .evaluateAll((marks) => new Set(marks.map((mark) => mark.getAttribute("data-claim-id"))).size);
  expect(marked).toBe(4);

  // Clicking a highlight opens its claim.
  await page.getByTestId("article-reader").locator("mark[data-claim-id]").filter({ hasText: "القتلى" }).first().click();
  await expect(editor.getByTestId("claim-quote")).toContainText("القتلى والجرحى");
  expect(await seriousViolations(page)).toEqual([]);
  await chooseLanguage(page, "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await page.screenshot({ path: "test-results/screenshots/reader-ar.png", fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});

test("a viewer reads an article and its claims but cannot create any", async ({ page }) => {
  await signIn(page, ACCOUNTS.VIEWER.email);
  await page.getByRole("link", { name: TITLE }).first().click();
  await expect(page.getByTestId("article-reader")).toContainText("المرصد السوري");
  await expect(page.getByTestId("create-claim-from-selection")).toHaveCount(0);
  await expect(page.getByTestId("suggestions")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Import article" })).toHaveCount(0);
  // The import page (a bookmarklet may open it for anyone) says why, and offers no form.
  await page.goto("/articles/new");
  await expect(page.getByRole("heading", { name: "You cannot import articles" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
});

test("suggestions split clauses, name new speakers from the text and hide the less checkable on request", async ({
  page,
}) => {
  const title = "Floods kill 12 in northern province";
  const text = [
    title,
    "Heavy rains killed at least 12 people on Monday, the regional civil defence agency said, while more than 3,000 families were forced from their homes.",
    "Lina Haddad, a spokeswoman for the relief office, said 40 schools had been turned into shelters.",
    "Few experts think the dams will hold.",
  ].join("\n\n");
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await importArticleByPaste(page, title, text);
  await page.getByRole("button", { name: "Suggest claims" }).click();
  const suggestions = page.getByTestId("suggestion");

  // One sentence, two claims: the "while" clause is its own statistic.
  const clause = suggestions.filter({ hasText: /^while more than 3,000 families/ });
  await expect(clause.getByTestId("suggestion-type")).toHaveText("Statistic");
  await expect(suggestions.filter({ hasText: "Heavy rains killed" }).getByTestId("suggestion-type")).toHaveText(
    "Casualty report",
  );

  // The most checkable come first; the opinion is last and hidden by the switch.
  await expect(suggestions.last()).toContainText("Few experts think");
  const hide = page.getByRole("switch", { name: "Hide less checkable" });
  await expect(hide).toHaveAttribute("aria-checked", "false");
  await hide.click();
  await expect(hide).toHaveAttribute("aria-checked", "true");
  await expect(suggestions.filter({ hasText: "Few experts think" })).toHaveCount(0);
  await expect(page.getByText("1 hidden")).toBeVisible();

  // A speaker the team has no entity for, named from the text, offered as a new entity on accepting.
  const haddad = suggestions.filter({ hasText: "Lina Haddad, a spokeswoman" });
  await expect(haddad.getByTestId("suggestion-claimant")).toHaveText("by Lina Haddad · not an entity yet");
  const create = haddad.getByRole("checkbox", { name: "Create entity “Lina Haddad” (Person) as the claimant" });
  await expect(create).toBeChecked();
  await page.screenshot({ path: "test-results/screenshots/suggestions-en.png", fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
  await haddad.getByRole("button", { name: /^Accept and edit/ }).click();
  const editor = page.getByTestId("claim-editor");
  await expect(editor.getByRole("combobox", { name: "Claimant (who makes the claim)" })).toHaveValue(/Lina Haddad/);
  await editor.getByRole("button", { name: "Back to all claims" }).click();

  // The panel keeps its suggestions across the language switch; asking again reads the article afresh.
  await chooseLanguage(page, "ar");
  await page.getByRole("button", { name: "اقترح مجدداً" }).click();
  await expect(page.getByTestId("suggestion").filter({ hasText: "Lina Haddad, a spokeswoman" })).toHaveCount(0);
  await expect(page.getByRole("switch", { name: "إخفاء الأقل قابلية للتحقق" })).toBeVisible();
  await expect(page.getByTestId("suggestion").filter({ hasText: /^while more than 3,000/ })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/suggestions-ar.png", fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});
