import type { Page } from "@playwright/test";
import { ACCOUNTS, expect, signIn, test } from "./support";

const ARTICLE_000 = "توصلت قوات الأمن الداخلي السورية";

async function openArticle(page: Page): Promise<void> {
  await page
    .getByRole("link", { name: new RegExp(ARTICLE_000) })
    .first()
    .click();
  await expect(page.getByTestId("article-reader")).toBeVisible();
}

test("two people edit one claim: the later save is refused, shows the other change and keeps the typed text", async ({
  page,
  browser,
}) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await openArticle(page);
  const quote = "اندلعت اشتباكات محدودة بين الأمن الداخلي";
  await page.getByTestId("article-reader").evaluate((reader, target) => {
    const walker = document.createTreeWalker(reader, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return;
    }
  }, quote);
  await page.getByTestId("article-reader").press("Control+Enter");
  const mine = page.getByTestId("claim-editor");
  await expect(mine.getByTestId("claim-quote")).toHaveText(quote);

  // The editor opens the same claim in another browser and saves first.
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.91" } });
  const editorPage = await context.newPage();
  await signIn(editorPage, ACCOUNTS.EDITOR.email);
  await openArticle(editorPage);
  await editorPage.getByTestId("claims-list").getByRole("button").filter({ hasText: quote }).click();
  const theirs = editorPage.getByTestId("claim-editor");
  await theirs
    .getByLabel("Neutral statement")
    .fill("Limited clashes broke out between internal security and the Ghuraba group");
  await theirs.getByRole("button", { name: "Save claim" }).click();
  await expect(theirs.getByText("Claim saved.")).toBeVisible();

  // The fact-checker, still on the old version, saves: refused, nothing lost.
  const typed = "Clashes between security forces and Omsen's group";
  await mine.getByLabel("Neutral statement").fill(typed);
  await mine.getByRole("button", { name: "Save claim" }).click();
  const conflict = mine.getByTestId("claim-conflict");
  await expect(conflict).toContainText("Elias Editor changed this claim");
  await expect(conflict).toContainText("Limited clashes broke out");
  await expect(mine.getByLabel("Neutral statement")).toHaveValue(typed);

  await conflict.getByRole("button", { name: "Keep my version" }).click();
  await mine.getByRole("button", { name: "Save claim" }).click();
  await expect(mine.getByText("Claim saved.")).toBeVisible();
  await editorPage.reload();
  await editorPage.getByTestId("claims-list").getByRole("button").filter({ hasText: typed }).click();
  await expect(editorPage.getByTestId("claim-editor").getByLabel("Neutral statement")).toHaveValue(typed);
  await context.close();
});
