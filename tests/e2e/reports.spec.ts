import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { ACCOUNTS, chooseLanguage, expect, selectInReader, seriousViolations, signIn, test } from "./support";

const TITLE_002 = "قوّات سورية تطوّق مخيّماً يضم جهاديين فرنسيين في إدلب (فيديو)";
/** Three claims of article 002, in the order they appear in it. */
const QUOTES = [
  {
    words: "أكّدت قوّات الأمن السورية الأربعاء تطويقها مخيّماً يتّخذه جهاديون فرنسيون مقرّاً لهم",
    verdict: "True",
    type: "EVENT",
  },
  { words: "وردت معلومات عن سقوط عدد من القتلى والجرحى", verdict: "Mixed", type: "CASUALTY_REPORT" },
  {
    words: "الرئيس الانتقالي أحمد الشرع وعد فرنسا بإنهاء تواجد الجهاديين الفرنسيين في سوريا",
    verdict: "Unproven",
    type: "PROMISE",
  },
];
const OUT = "test-results/e2e/report";
/** Base letters only: pdftotext adds spaces inside kerned words, wraps runs in bidi marks, and emits a mark (shadda, tanween) before its letter. */
const letters = (value: string) => value.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069\u064b-\u065f\u0670]/g, "");

async function rateNewClaim(page: Page, quote: (typeof QUOTES)[number]): Promise<void> {
  await page.getByRole("link", { name: TITLE_002 }).first().click();
  await selectInReader(page, quote.words);
  await page.getByTestId("create-claim-from-selection").click();
  const editor = page.getByTestId("claim-editor");
  await editor.getByLabel("Type").selectOption(quote.type);
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();
  await page.getByTestId("open-claim-page").click();
  const rating = page.getByTestId("rating-panel");
  await rating.getByLabel("Verdict").selectOption({ label: quote.verdict });
  await rating.getByRole("radio", { name: "High" }).check();
  await rating.getByLabel("Rationale").fill(`Checked for the report test: ${quote.verdict}.`);
  await rating.getByRole("button", { name: "Save rating" }).click();
  await expect(rating.getByText("Rating saved.")).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
}

test("an editor exports article 002 as a PDF that reads right to left, as signed JSON that verifies, and shares a public link", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  mkdirSync(OUT, { recursive: true });
  await signIn(page, ACCOUNTS.EDITOR.email);
  for (const quote of QUOTES) await rateNewClaim(page, quote);

  await page.getByRole("link", { name: TITLE_002 }).first().click();
  const panel = page.getByTestId("export-panel");
  await panel.getByText("Export report").click();
  const [pdfDownload] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByRole("link", { name: "PDF (print)" }).click(),
  ]);
  const pdfPath = `${OUT}/article-002.pdf`;
  await pdfDownload.saveAs(pdfPath);
  expect(readFileSync(pdfPath).subarray(0, 5).toString("latin1")).toBe("%PDF-");

  // pdftotext finds the three Arabic quotes, each in logical order, and in the article's order.
  const text = letters(execFileSync("pdftotext", [pdfPath, "-"]).toString("utf8"));
  const positions = QUOTES.map((quote) => text.indexOf(letters(quote.words)));
  expect(positions.every((position) => position >= 0)).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "1", pdfPath, `${OUT}/article-002-page`]);

  // A big export can run in the background: progress, then a download.
  const background = panel.getByTestId("background-export");
  await background.getByLabel("Format").selectOption("csv");
  await background.getByRole("button", { name: "Prepare" }).click();
  const ready = background.getByTestId("export-download");
  await expect(ready).toBeVisible({ timeout: 20_000 });
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), ready.click()]);
  const csvPath = `${OUT}/article-002.csv`;
  await csvDownload.saveAs(csvPath);
  const csv = readFileSync(csvPath, "utf8");
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  expect(csv).toContain(QUOTES[1]!.words);

  // The signed JSON verifies on the verify page; one changed character does not.
  const [jsonDownload] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByRole("link", { name: "JSON (signed)" }).click(),
  ]);
  const jsonPath = `${OUT}/article-002.json`;
  await jsonDownload.saveAs(jsonPath);
  const tamperedPath = `${OUT}/article-002-tampered.json`;
  writeFileSync(
    tamperedPath,
    readFileSync(jsonPath, "utf8").replace(
      "Checked for the report test: Mixed.",
      "Checked for the report test: Mixet.",
    ),
  );

  const anonymous = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const visitor = await anonymous.newPage();
  await visitor.goto("/verify");
  await visitor.getByLabel("Report file (.json)").setInputFiles(jsonPath);
  await visitor.getByRole("button", { name: "Verify" }).click();
  await expect(visitor.getByTestId("verify-result")).toContainText("Intact: signed by Demo Newsroom");
  await expect(visitor.getByTestId("verify-result")).toContainText("The signing key belongs to the team Demo Newsroom");
  await visitor.getByLabel("Report file (.json)").setInputFiles(tamperedPath);
  await visitor.getByRole("button", { name: "Verify" }).click();
  await expect(visitor.getByTestId("verify-result")).toContainText(
    "Not intact: the report was changed after it was signed.",
  );
  expect(await seriousViolations(visitor)).toEqual([]);

  // In Arabic the report speaks Arabic too: right-to-left chrome, Arabic labels, the same quotes.
  const articleId = new URL(page.url()).pathname.split("/").at(-1)!;
  await chooseLanguage(page, "ar");
  const arabicPdf = await page.request.get(`/api/reports/articles/${articleId}?format=pdf`);
  expect(arabicPdf.status()).toBe(200);
  const arabicPath = `${OUT}/article-002-ar.pdf`;
  writeFileSync(arabicPath, await arabicPdf.body());
  const arabicText = letters(execFileSync("pdftotext", [arabicPath, "-"]).toString("utf8"));
  // (Lines mixing scripts in small print come out of pdftotext scrambled, so these are whole Arabic phrases.)
  expect(arabicText).toContain(letters("حصيلة ضحايا"));
  expect(arabicText).toContain(letters("مختلط — الثقة: عالية"));
  expect(arabicText).toContain(letters("سلّم التقييم ومقابله في ClaimReview"));
  expect(arabicText).toContain(letters(QUOTES[1]!.words));
  execFileSync("pdftoppm", ["-png", "-r", "70", "-f", "1", "-l", "1", arabicPath, `${OUT}/article-002-ar-page`]);
  await chooseLanguage(page, "en");

  // A public link works without signing in, and stops working once revoked.
  await panel.getByRole("button", { name: "Publish a public link" }).click();
  const link = panel.getByTestId("public-report-link");
  await expect(link).toBeVisible();
  const href = (await link.getAttribute("href"))!;
  const shared = await visitor.request.get(href);
  expect(shared.status()).toBe(200);
  expect(await shared.text()).toContain("Published claims of the article");
  // In the visitor's language.
  const sharedInArabic = await visitor.request.get(href, { headers: { "accept-language": "ar" } });
  expect(await sharedInArabic.text()).toContain('<html lang="ar" dir="rtl">');
  expect(sharedInArabic.headers()["vary"]).toContain("Accept-Language");
  await panel.getByRole("button", { name: "Revoke" }).click();
  await expect(panel.getByText("Link revoked.")).toBeVisible();
  await expect(panel.getByTestId("report-links").getByText("revoked", { exact: true })).toBeVisible();
  expect((await visitor.request.get(href)).status()).toBe(404);
  await anonymous.close();
});

test("a fact-checker cannot export", async ({ page }) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await page.getByRole("link", { name: TITLE_002 }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE_002 })).toBeVisible();
  await expect(page.getByTestId("export-panel")).toHaveCount(0);
  const articleId = new URL(page.url()).pathname.split("/").at(-1)!;
  const response = await page.request.get(`/api/reports/articles/${articleId}?format=json`);
  expect(response.status()).toBe(403);
});
