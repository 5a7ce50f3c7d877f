import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";
import { signReport, type SignedReport } from "../../lib/domain/reports/integrity";
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

/** Creates and rates a claim; returns its page's address. */
async function rateNewClaim(page: Page, quote: (typeof QUOTES)[number]): Promise<string> {
  await page.getByRole("link", { name: TITLE_002 }).first().click();
  await selectInReader(page, quote.words);
  await page.getByTestId("create-claim-from-selection").click();
  const editor = page.getByTestId("claim-editor");
  await editor.getByLabel("Type").selectOption(quote.type);
  await editor.getByRole("button", { name: "Save claim" }).click();
  await expect(editor.getByText("Claim saved.")).toBeVisible();
  await page.getByTestId("open-claim-page").click();
  await expect(page).toHaveURL(/\/claims\//);
  const claimUrl = page.url();
  const rating = page.getByTestId("rating-panel");
  await rating.getByLabel("Verdict").selectOption({ label: quote.verdict });
  await rating.getByRole("radio", { name: "High" }).check();
  await rating.getByLabel("Rationale").fill(`Checked for the report test: ${quote.verdict}.`);
  await rating.getByRole("button", { name: "Save rating" }).click();
  await expect(rating.getByText("Rating saved.")).toBeVisible();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
  return claimUrl;
}

/** The editor who rated it submits; the admin (a second pair of eyes) approves and publishes. */
async function publishClaim(page: Page, claimUrl: string, browser: Browser): Promise<void> {
  await page.goto(claimUrl);
  const workflow = page.getByTestId("workflow-panel");
  await workflow.getByRole("button", { name: "Submit for review" }).click();
  await workflow.getByRole("button", { name: "Confirm" }).click();
  await expect(workflow.getByTestId("claim-status")).toHaveText("In review");
  const adminContext = await browser.newContext({ baseURL: new URL(claimUrl).origin });
  const admin = await adminContext.newPage();
  await signIn(admin, ACCOUNTS.ADMIN.email);
  await admin.goto(claimUrl);
  const adminWorkflow = admin.getByTestId("workflow-panel");
  await adminWorkflow.getByRole("button", { name: "Approve" }).click();
  await adminWorkflow.getByLabel("Note").fill("Second pair of eyes: checked.");
  await adminWorkflow.getByRole("button", { name: "Confirm" }).click();
  await expect(adminWorkflow.getByTestId("claim-status")).toHaveText("Approved");
  await adminWorkflow.getByRole("button", { name: "Publish" }).click();
  await adminWorkflow.getByRole("button", { name: "Confirm" }).click();
  await expect(adminWorkflow.getByTestId("claim-status")).toHaveText("Published");
  await adminContext.close();
}

/** The same report signed by a key nobody publishes, under the same team name and key id. */
function signedByStranger(signed: SignedReport): SignedReport {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const spki = publicKey.export({ format: "der", type: "spki" }).toString("base64");
  return signReport(signed.report, { id: signed.report.signingKey!.id, privateKey, publicKey: spki });
}

test("an editor exports article 002 as a PDF that reads right to left, as signed JSON that verifies, and shares a public link", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  mkdirSync(OUT, { recursive: true });
  await signIn(page, ACCOUNTS.EDITOR.email);
  const claimUrls: string[] = [];
  for (const quote of QUOTES) claimUrls.push(await rateNewClaim(page, quote));
  // The Mixed claim is published, for the public page's ClaimReview.
  await publishClaim(page, claimUrls[1]!, browser);
  await page.goto("/");

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

  // Relabelled: the same signed report, its signer renamed. The signer is inside the signed data.
  const signed = JSON.parse(readFileSync(jsonPath, "utf8")) as SignedReport;
  const fingerprint = signed.report.signingKey!.fingerprint;
  const relabelledPath = `${OUT}/article-002-relabelled.json`;
  writeFileSync(
    relabelledPath,
    JSON.stringify({
      ...signed,
      report: { ...signed.report, team: { ...signed.report.team, name: "Reuters Fact Check" } },
    }),
  );
  const strangerPath = `${OUT}/article-002-stranger.json`;
  writeFileSync(strangerPath, JSON.stringify(signedByStranger(signed)));

  const anonymous = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const visitor = await anonymous.newPage();
  await visitor.goto("/verify");
  const result = visitor.getByTestId("verify-result");
  const verify = async (file: string) => {
    await visitor.getByLabel("Report file (.json)").setInputFiles(file);
    await visitor.getByRole("button", { name: "Verify" }).click();
  };
  await verify(jsonPath);
  await expect(result).toContainText("Intact: the report has not changed since it was signed.");
  await expect(result).toContainText(`Signed by Demo Newsroom (key ${fingerprint}).`);
  await expect(result).toHaveClass(/bg-green-50/);
  await verify(tamperedPath);
  await expect(result).toContainText("Not intact: the report was changed after it was signed.");
  await expect(result).not.toContainText("Signed by");
  await verify(relabelledPath);
  await expect(result).toContainText("Not intact: the report was changed after it was signed.");
  await expect(result).not.toContainText("Reuters");
  await verify(strangerPath);
  await expect(result).toContainText("Signed by an unknown key — not verified.");
  await expect(result).not.toContainText("Signed by Demo Newsroom");
  await expect(result).toHaveClass(/bg-amber-50/);
  expect(await seriousViolations(visitor)).toEqual([]);
  await visitor.screenshot({ path: `${OUT}/verify-unknown-key.png`, fullPage: true });

  // The keys /verify checks against are public, without signing in, and carry no private material.
  const keysResponse = await visitor.request.get("/api/public/keys");
  expect(keysResponse.status()).toBe(200);
  const keysText = await keysResponse.text();
  expect(keysText).not.toMatch(/private/i);
  const published = (JSON.parse(keysText) as { keys: { teamName: string; fingerprint: string; notAfter: null }[] })
    .keys;
  expect(published).toContainEqual(expect.objectContaining({ teamName: "Demo Newsroom", fingerprint, notAfter: null }));

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
  const sharedHtml = await shared.text();
  expect(sharedHtml).toContain("Published claims of the article");
  // Its published claim as ClaimReview JSON-LD; url: the claim's anchor on this page, from APP_URL.
  const jsonLd = JSON.parse(sharedHtml.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]!) as {
    "@type": string;
    url: string;
    reviewRating: { alternateName: string };
  }[];
  const publishedId = new URL(claimUrls[1]!).pathname.split("/").at(-1)!;
  expect(jsonLd).toEqual([
    expect.objectContaining({
      "@type": "ClaimReview",
      url: `${await link.textContent()}#claim-${publishedId}`,
      reviewRating: expect.objectContaining({ alternateName: "Mixed" }),
    }),
  ]);
  expect(sharedHtml).toContain(`id="claim-${publishedId}"`);
  // The footer lists the team's published keys.
  expect(sharedHtml).toContain(fingerprint);
  // With the JSON-LD, the page still obeys its CSP: a browser loads it with no violation.
  const publicPage = await anonymous.newPage();
  const violations: string[] = [];
  publicPage.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await publicPage.goto(href);
  await expect(publicPage.locator(`#claim-${publishedId}`)).toBeVisible();
  expect(violations).toEqual([]);
  // Readable by everyone (issue 16): no serious or critical axe finding — verdict badges, the quote's
  // context — in English and in Arabic.
  expect(await seriousViolations(publicPage)).toEqual([]);
  await publicPage.screenshot({ path: `${OUT}/public-report-en.png`, fullPage: true });
  const arabicReaders = await browser.newContext({ baseURL: new URL(page.url()).origin, locale: "ar" });
  const arabicPage = await arabicReaders.newPage();
  await arabicPage.goto(href);
  await expect(arabicPage.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(arabicPage.locator(`#claim-${publishedId}`)).toBeVisible();
  expect(await seriousViolations(arabicPage)).toEqual([]);
  await arabicPage.screenshot({ path: `${OUT}/public-report-ar.png`, fullPage: true });
  await arabicReaders.close();
  // In the visitor's language.
  const sharedInArabic = await visitor.request.get(href, { headers: { "accept-language": "ar" } });
  expect(await sharedInArabic.text()).toContain('<html lang="ar" dir="rtl">');
  expect(sharedInArabic.headers()["vary"]).toContain("Accept-Language");
  // Caches keep the page but ask each time: unchanged, a 304 without a body (a revoked link is a 404 at once).
  const stored = await visitor.request.get(href);
  expect(stored.headers()["cache-control"]).toBe("public, no-cache");
  const etag = stored.headers()["etag"]!;
  expect((await visitor.request.get(href, { headers: { "if-none-match": etag } })).status()).toBe(304);
  // Its fonts come from one address every report shares, not inline in each page.
  expect((await visitor.request.get("/r/fonts/naskh-400.woff2")).headers()["content-type"]).toBe("font/woff2");
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

test("an admin sees the team's signing keys on the team page and rotates them; the old key stays published", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.ADMIN.email);
  await page.goto("/team");
  const section = page.getByRole("region", { name: "Report signing keys" });
  const feedback = section.getByTestId("rotate-key-feedback");
  // Twice, so there is a retired key whatever ran before.
  const rotate = async (previous?: string) => {
    await section.getByRole("button", { name: "Rotate the signing key" }).click();
    await expect(feedback).toContainText(/New key [0-9a-f]{64} signs reports from now on\./);
    if (previous) await expect(feedback).not.toContainText(previous);
    return (await feedback.textContent())!.match(/[0-9a-f]{64}/)![0];
  };
  const retired = await rotate();
  const current = await rotate(retired);
  const rows = section.getByTestId("signing-keys").locator("tbody tr");
  await expect(rows.nth(0)).toContainText(current);
  await expect(rows.nth(0)).toContainText("current");
  await expect(rows.nth(1)).toContainText(retired);
  await expect(rows.nth(1)).toContainText(/\d{4}-\d{2}-\d{2}\s*\d{4}-\d{2}-\d{2}/);
  const published = (await (await page.request.get("/api/public/keys")).json()) as {
    keys: { teamName: string; fingerprint: string; notAfter: string | null }[];
  };
  const ours = published.keys.filter((key) => key.teamName === "Demo Newsroom");
  expect(ours.find((key) => key.fingerprint === current)).toMatchObject({ notAfter: null });
  expect(ours.find((key) => key.fingerprint === retired)?.notAfter).toEqual(expect.any(String));
  expect(await seriousViolations(page)).toEqual([]);
});
