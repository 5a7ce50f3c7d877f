import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import {
  ACCOUNTS,
  chooseLanguage,
  expect,
  claimDated,
  importArticleByPaste,
  seriousViolations,
  signIn,
  test,
} from "./support";

const fixture = (file: string) => readFileSync(path.join(import.meta.dirname, "../fixtures/articles", file), "utf8");
const ARTICLE_000 = fixture("000_084f554aaf88ce56.txt");
const ARTICLE_002 = fixture("002_494f5185cd61c60b.txt");
const SOHR_REPORT = "وردت معلومات عن سقوط عدد من القتلى والجرحى من المهاجرين الفرنسيين وعناصر الأمن";
const ENCIRCLED = "أكّدت قوّات الأمن السورية الأربعاء تطويقها مخيّماً يتّخذه جهاديون فرنسيون مقرّاً لهم";
const TRUCE = "اتفاق تهدئة مع مجموعة من المقاتلين الأجانب";
const FIXTURE = `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT ?? 3101}`;
const OUT = "test-results/e2e/case-report";
const shot = (name: string) => `/tmp/shots/case-report-${name}.png`;
/** Base letters only: pdftotext adds spaces inside kerned words, bidi marks, and marks before their letter. */
const letters = (value: string) => value.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u065f\u0670]/g, "");

/** The fact-checker rates and submits the claim; an editor (a second pair of eyes) approves and publishes it. */
async function publish(page: Page, browser: Browser, claimUrl: string): Promise<void> {
  await page.goto(claimUrl);
  const rating = page.getByTestId("rating-panel");
  await rating.getByLabel("Verdict").selectOption({ label: "Mixed" });
  await rating.getByRole("radio", { name: "Moderate" }).check();
  await rating.getByLabel("Rationale").fill("One side counts dead, the other none: unresolved.");
  await rating.getByRole("button", { name: "Save rating" }).click();
  await expect(rating.getByText("Rating saved.")).toBeVisible();
  const workflow = page.getByTestId("workflow-panel");
  await workflow.getByRole("button", { name: "Submit for review" }).click();
  await workflow.getByRole("button", { name: "Confirm" }).click();
  await expect(workflow.getByTestId("claim-status")).toHaveText("In review");
  const context = await browser.newContext({ baseURL: new URL(claimUrl).origin });
  const editor = await context.newPage();
  await signIn(editor, ACCOUNTS.EDITOR.email);
  await editor.goto(claimUrl);
  const panel = editor.getByTestId("workflow-panel");
  await panel.getByRole("button", { name: "Approve" }).click();
  await panel.getByLabel("Note").fill("Checked against both accounts.");
  await panel.getByRole("button", { name: "Confirm" }).click();
  await expect(panel.getByTestId("claim-status")).toHaveText("Approved");
  await panel.getByRole("button", { name: "Publish" }).click();
  await panel.getByRole("button", { name: "Confirm" }).click();
  await expect(panel.getByTestId("claim-status")).toHaveText("Published");
  await context.close();
}

/** A source made by hand in the library, then put into the case from its own page. */
async function handMadeSource(page: Page, title: string, url: string, publishedOn: string, caseTitle: string) {
  await page.goto("/sources");
  await page.getByRole("button", { name: "Add source" }).click();
  const form = page.getByTestId("source-form");
  await form.getByLabel("Web address").fill(url);
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Published on").fill(publishedOn);
  await form.getByLabel("Kind").selectOption("NEWS_REPORT");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const cases = page.getByTestId("cases-of-item");
  await cases.getByLabel("Add to a case").selectOption({ label: caseTitle });
  await cases.getByRole("button", { name: "Add to the case" }).click();
  await expect(cases.getByRole("link", { name: caseTitle })).toBeVisible();
}

test("the Harem case: both reference articles and four hand-made sources, its conflict and timeline, its PDF read back, its public edition opened signed out", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  mkdirSync(OUT, { recursive: true });
  const run = Date.now().toString(36);
  const caseTitle = `Harem camp operation ${run}`;
  const twoAccounts = `Harem: two accounts ${run}`;
  const truce = `Harem: the truce ${run}`;

  // The fact-checker's claims, in own copies of the reference articles.
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await importArticleByPaste(page, twoAccounts, `${ARTICLE_002}\n\n${run}`);
  const sohrUrl = await claimDated(page, SOHR_REPORT, "CASUALTY_REPORT", "2025-10-22", { min: "1" });
  await claimDated(page, ENCIRCLED, "CASUALTY_REPORT", "2025-10-23", { min: "0", max: "0" });
  await importArticleByPaste(page, truce, `${ARTICLE_000}\n\n${run}`);
  await claimDated(page, TRUCE, "STATEMENT", "2025-10-24");
  await publish(page, browser, sohrUrl);

  // The case, and both articles with all their claims.
  await page.goto("/cases/new");
  await page.getByTestId("case-form").getByLabel("Title").fill(caseTitle);
  await page.getByTestId("case-form").getByRole("button", { name: "Create the case" }).click();
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}\/members$/);
  const caseUrl = page.url().replace(/\/members$/, "");
  const addArticle = page.getByRole("form", { name: "Add the article" });
  for (const title of [twoAccounts, truce]) {
    await addArticle.getByRole("combobox", { name: "Article" }).fill(title);
    await addArticle.getByRole("option", { name: title }).click();
    await addArticle.getByRole("button", { name: "Add the article" }).click();
    await expect(page.getByTestId("case-articles")).toContainText(title);
  }
  // Four sources, made by hand, each put into the case from its page.
  const sources = [
    ["SOHR: deaths among French fighters", "2025-10-22"],
    ["AFP: no confirmed casualties", "2025-10-23"],
    ["Enab Baladi: the camp encircled", "2025-10-22"],
    ["Syria TV: a truce with foreign fighters", "2025-10-24"],
  ] as const;
  for (const [index, [title, day]] of sources.entries())
    await handMadeSource(page, `${title} ${run}`, `${FIXTURE}/page/harem-${run}-${index}`, day, caseTitle);

  // The overview shows the two casualty counts side by side; the timeline has every claim and source.
  await page.goto(caseUrl);
  await expect(page.getByTestId("conflict-pair")).toHaveCount(1);
  await expect(page.getByTestId("conflict-pair").getByTestId("conflict-figure")).toHaveText([
    "Killed: ≥ 1",
    "Killed: 0",
  ]);
  await page.goto(`${caseUrl}/timeline`);
  const list = page.getByTestId("timeline-list");
  await expect(list.locator('[data-kind="claimed"]')).toHaveCount(3);
  await expect(list.locator('[data-kind="published"]')).toHaveCount(4);
  for (const [title] of sources) await expect(list).toContainText(title);

  // An editor exports the case as a PDF in the background; its Arabic reads back in order.
  const context = await browser.newContext({ baseURL: new URL(caseUrl).origin });
  const editor = await context.newPage();
  await signIn(editor, ACCOUNTS.EDITOR.email);
  await editor.goto(`${caseUrl}/report`);
  const exporter = editor.getByTestId("background-export");
  await exporter.getByLabel("Format").selectOption("pdf");
  await exporter.getByRole("button", { name: "Prepare" }).click();
  const ready = exporter.getByTestId("export-download");
  await expect(ready).toBeVisible({ timeout: 60_000 });
  const [download] = await Promise.all([editor.waitForEvent("download"), ready.click()]);
  const pdfPath = `${OUT}/harem-case.pdf`;
  await download.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const text = letters(execFileSync("pdftotext", [pdfPath, "-"]).toString("utf8"));
  expect(text).toContain(letters(`Case: ${caseTitle}`));
  const positions = [SOHR_REPORT, ENCIRCLED, TRUCE].map((quote) => text.indexOf(letters(quote)));
  expect(positions.every((position) => position >= 0)).toBe(true);
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdfPath, `${OUT}/harem-case-page`]);

  // The editor (who did not make the case) publishes its edition and a link.
  const edition = editor.getByTestId("case-edition");
  await expect(edition.getByTestId("edition-status")).toHaveText("Not published yet: the case has no public page.");
  await edition.getByRole("button", { name: "Publish edition (1 claim)" }).click();
  await expect(edition.getByText("Edition published.")).toBeVisible();
  await expect(edition.getByTestId("edition-status")).toContainText("Published with 1 claim");
  await edition.getByRole("button", { name: "Create a public link" }).click();
  const link = edition.getByTestId("case-public-link");
  await expect(link).toHaveValue(/\/r\/cases\/[A-Za-z0-9_-]{43}$/);
  const publicUrl = await link.inputValue();
  expect(await seriousViolations(editor)).toEqual([]);
  await editor.screenshot({ path: shot("en"), fullPage: true });
  await chooseLanguage(editor, "ar");
  await expect(edition.getByRole("heading", { name: "النسخة العامة" })).toBeVisible();
  expect(await seriousViolations(editor)).toEqual([]);
  await editor.screenshot({ path: shot("ar"), fullPage: true });
  await chooseLanguage(editor, "en");
  await context.close();

  // Signed out, the link shows the published claim as published, and nothing unpublished.
  const visitor = await browser.newContext();
  const reader = await visitor.newPage();
  await reader.goto(new URL(publicUrl).pathname);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`Case: ${caseTitle}`);
  await expect(reader.locator("main")).toContainText(SOHR_REPORT.slice(0, 30));
  await expect(reader.locator("main")).not.toContainText(TRUCE);
  await expect(reader.getByRole("heading", { level: 2, name: twoAccounts })).toBeVisible();
  await reader.screenshot({ path: shot("public"), fullPage: true });
  await visitor.close();
});
