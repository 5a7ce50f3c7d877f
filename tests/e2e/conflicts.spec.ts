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
const TITLE = "Harem camp: two accounts of the clashes";
const SOHR_REPORT = "وردت معلومات عن سقوط عدد من القتلى والجرحى من المهاجرين الفرنسيين وعناصر الأمن";
const ENCIRCLED = "أكّدت قوّات الأمن السورية الأربعاء تطويقها مخيّماً يتّخذه جهاديون فرنسيون مقرّاً لهم";

async function casualtyClaim(page: Page, quote: string, killed: { min?: string; max?: string }): Promise<void> {
  await selectInReader(page, quote);
  await page.getByTestId("create-claim-from-selection").click();
  const editor = page.getByTestId("claim-editor");
  await editor.getByLabel("Type").selectOption("CASUALTY_REPORT");
  if (killed.min !== undefined) await editor.getByLabel("Killed: at least").fill(killed.min);
  if (killed.max !== undefined) await editor.getByLabel("Killed: at most").fill(killed.max);
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();
}

test("two casualty reports of one event that disagree are flagged to each other, side by side", async ({ page }) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  // A copy of article 002 of its own, so that other tests' claims on 002 stay out of the way.
  // The demo desk has article 002 already: this copy is imported on purpose.
  await importArticleByPaste(page, TITLE, ARTICLE_002, { duplicate: true });
  await casualtyClaim(page, SOHR_REPORT, { min: "1" });
  await page.getByTestId("claim-editor").getByRole("button", { name: "Back to all claims" }).click();
  // The security forces' account of the same operation, recorded as "no one killed".
  await casualtyClaim(page, ENCIRCLED, { min: "0", max: "0" });
  await page.getByTestId("open-claim-page").click();

  const conflict = page
    .getByTestId("conflicting-claims")
    .getByRole("listitem")
    .filter({ hasText: "وردت معلومات عن سقوط" });
  await expect(conflict).toContainText("This claim");
  await expect(conflict).toContainText("Conflicts with");
  await expect(conflict.getByRole("definition")).toHaveText(["0", "≥ 1"]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByTestId("conflicting-claims").screenshot({ path: "test-results/e2e/conflicts.png" });

  // And from the other side, in Arabic.
  await conflict.getByRole("link", { name: /وردت معلومات عن سقوط/ }).click();
  await chooseLanguage(page, "ar");
  await expect(page.getByRole("heading", { name: "أرقام متعارضة" })).toBeVisible();
  const other = page.getByTestId("conflicting-claims").getByRole("listitem").filter({ hasText: "تطويقها مخيّماً" });
  await expect(other).toContainText("يتعارض مع");
  await expect(other.getByRole("definition")).toHaveText(["≥ 1", "0"]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/conflicts-ar.png", fullPage: true });
  await chooseLanguage(page, "en");
});
