import { ACCOUNTS, chooseLanguage, expect, selectInReader, signIn, test } from "./support";

const TITLE_000 = /^توصلت قوات الأمن الداخلي السورية إلى اتفاق تهدئة/;
const WORDS = "سعت بدايةً للتفاوض مع زعيم المجموعة";
const SOURCE = "Statement of the Internal Security command on the Harem operation";

test("a claim's structured fields and history read as sentences, and a deleted claim keeps its page", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await page.getByRole("link", { name: TITLE_000 }).first().click();
  await selectInReader(page, WORDS);
  await page.getByTestId("create-claim-from-selection").click();
  const editor = page.getByTestId("claim-editor");
  await editor.getByLabel("Type").selectOption("CASUALTY_REPORT");
  await editor.getByLabel("Killed: at least").fill("3");
  await editor.getByLabel("Parties").fill("French fighters");
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();
  await page.getByTestId("open-claim-page").click();

  // The structured fields have their own section, figures left to right in both languages.
  const details = page.getByTestId("claim-details");
  await expect(details.getByRole("definition").first()).toHaveText("≥ 3");
  await expect(details).toContainText("Parties");

  // Citing a source: the history names it and links to it; the creation lists values without "— →".
  await page.getByRole("button", { name: "Cite a source" }).click();
  const attach = page.getByTestId("attach-evidence");
  await attach.getByLabel("Find a source in the library").fill("Internal Security command");
  await attach.getByRole("button", { name: "Search" }).click();
  await attach.getByRole("button", { name: `Choose: ${SOURCE}` }).click();
  await attach.getByRole("button", { name: "Save citation" }).click();
  await expect(page.getByText("Source cited.")).toBeVisible();
  const history = page.getByTestId("history");
  const cited = history.locator('[data-action="evidence.create"]');
  await expect(cited).toContainText(`cited a source: ${SOURCE}`);
  await expect(cited.getByRole("link", { name: SOURCE })).toHaveAttribute("href", /^\/sources\//);
  const created = history.locator('[data-action="claim.create"]');
  await expect(created).toContainText("Type: Other");
  await expect(created).not.toContainText("→");

  await chooseLanguage(page, "ar");
  await expect(details.getByRole("term").first()).toHaveText("القتلى");
  await expect(details.getByRole("definition").first()).toHaveText("≥ 3");
  await expect(history.locator('[data-action="evidence.create"]')).toContainText(`استشهد بمصدر: ${SOURCE}`);
  await page.screenshot({ path: "test-results/screenshots/claim-record-ar.png", fullPage: true });
  await chooseLanguage(page, "en");

  // Deleted from the article, the claim is listed there and its page shows what is left: statement and history.
  const claimPath = new URL(page.url()).pathname;
  await page
    .getByRole("link", { name: /توصلت قوات الأمن الداخلي/ })
    .first()
    .click();
  await page
    .getByTestId("claims-list")
    .getByRole("button", { name: new RegExp(WORDS) })
    .click();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("claim-editor").getByRole("button", { name: "Delete claim" }).click();
  const deleted = page.getByTestId("deleted-claims");
  await deleted.getByText(/Deleted claims \(\d+\)/).click();
  await deleted.getByRole("link", { name: new RegExp(WORDS) }).click();
  await expect(page).toHaveURL(new RegExp(`${claimPath}$`));
  await expect(page.getByTestId("deleted-claim")).toContainText(/This claim was deleted by Farah Fact-checker on/);
  await expect(page.getByTestId("history").locator('[data-action="claim.delete"]')).toBeVisible();
  await expect(page.getByTestId("history").locator('[data-action="evidence.create"]')).toContainText(SOURCE);
});
