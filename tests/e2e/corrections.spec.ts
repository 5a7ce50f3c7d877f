import type { Browser, Page } from "@playwright/test";
import { ACCOUNTS, createClaimFromText, expect, signIn, test } from "./support";

const TITLE_000 = /^توصلت قوات الأمن الداخلي السورية إلى اتفاق تهدئة/;
const QUOTE = "وساطات محلية وأخرى من مقاتلين أجانب ساهمت في التوصل إلى اتفاق تهدئة";
const FIRST_RATIONALE = "Both the local council and Syria TV reported the mediation.";
const CORRECTED_RATIONALE = "The agreement was brokered by the ministry, not by local mediators.";

async function asAnother(browser: Browser, page: Page, email: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${email.length + 120}` },
  });
  const other = await context.newPage();
  await signIn(other, email);
  return other;
}

async function step(page: Page, action: string, note = "") {
  const workflow = page.getByTestId("workflow-panel");
  await workflow.getByRole("button", { name: action, exact: true }).click();
  if (note) await workflow.getByLabel("Note").fill(note);
  await workflow.getByRole("button", { name: "Confirm" }).click();
}

test("a correction is done by one editor and approved by another; the public page keeps the published version until then", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  // A fact-checker rates the mediation claim; an editor approves and publishes it, and shares the article.
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  const claimUrl = await createClaimFromText(page, TITLE_000, QUOTE, "EVENT");
  const claimId = new URL(claimUrl).pathname.split("/").at(-1)!;
  const rating = page.getByTestId("rating-panel");
  await rating.getByLabel("Verdict").selectOption({ label: "True" });
  await rating.getByRole("radio", { name: "High" }).check();
  await rating.getByLabel("Rationale").fill(FIRST_RATIONALE);
  await rating.getByRole("button", { name: "Save rating" }).click();
  await expect(rating.getByText("Rating saved.")).toBeVisible();
  await step(page, "Submit for review");
  await expect(page.getByTestId("claim-status")).toHaveText("In review");

  const editor = await asAnother(browser, page, ACCOUNTS.EDITOR.email);
  await editor.goto(claimUrl);
  await step(editor, "Approve");
  await expect(editor.getByTestId("claim-status")).toHaveText("Approved");
  await step(editor, "Publish");
  await expect(editor.getByTestId("claim-status")).toHaveText("Published");
  await editor.getByRole("link", { name: TITLE_000 }).first().click();
  const panel = editor.getByTestId("export-panel");
  await panel.getByText("Export report").click();
  await panel.getByRole("button", { name: "Publish a public link" }).click();
  const publicUrl = (await panel.getByTestId("public-report-link").getAttribute("href"))!;

  const reader = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const publicPage = await reader.newPage();
  const publicClaim = publicPage.locator(`#claim-${claimId}`);
  await publicPage.goto(publicUrl);
  await expect(publicClaim).toContainText("True");
  await expect(publicClaim).toContainText(FIRST_RATIONALE);

  // The editor opens a correction: the claim is a draft again, starting from what was published.
  await editor.goto(claimUrl);
  await step(editor, "Open a correction", "The ministry says it brokered the agreement.");
  await expect(editor.getByTestId("claim-status")).toHaveText("In progress");
  await expect(editor.getByTestId("correction-draft")).toContainText(
    "the public page, reports and ClaimReview still show version 1",
  );
  const editorRating = editor.getByTestId("rating-panel");
  await expect(editorRating.getByLabel("Rationale")).toHaveValue(FIRST_RATIONALE);
  await editorRating.getByLabel("Verdict").selectOption({ label: "Mostly false" });
  await editorRating.getByLabel("Rationale").fill(CORRECTED_RATIONALE);
  await editorRating.getByRole("button", { name: "Save rating" }).click();
  await expect(editorRating.getByText("Rating saved.")).toBeVisible();
  await step(editor, "Submit for review");
  await expect(editor.getByTestId("claim-status")).toHaveText("In review");

  // Until it is approved and published by someone else, the public page has not moved.
  await publicPage.reload();
  await expect(publicClaim).toContainText("True");
  await expect(publicClaim).not.toContainText(CORRECTED_RATIONALE);
  // The editor changed the verdict, so Approve is not offered to them, and they are told why.
  await expect(editor.getByTestId("workflow-panel").getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(editor.getByTestId("workflow-panel")).toContainText("someone else must approve or publish it");

  const admin = await asAnother(browser, page, ACCOUNTS.ADMIN.email);
  await admin.goto(claimUrl);
  await step(admin, "Approve");
  await expect(admin.getByTestId("claim-status")).toHaveText("Approved");
  await publicPage.reload();
  await expect(publicClaim).not.toContainText(CORRECTED_RATIONALE);
  await step(admin, "Publish");
  await expect(admin.getByTestId("claim-status")).toHaveText("Corrected");
  await expect(admin.getByTestId("published-versions").getByRole("listitem")).toHaveCount(2);
  await admin.screenshot({ path: "test-results/correction-claim-page.png", fullPage: true });

  await publicPage.reload();
  await expect(publicClaim).toContainText("Mostly false");
  await expect(publicClaim).toContainText(CORRECTED_RATIONALE);
  await expect(publicClaim).toContainText("previously rated True");
  await expect(publicClaim).toContainText("The ministry says it brokered the agreement.");
  await publicClaim.screenshot({ path: "test-results/correction-public-claim.png" });
  await reader.close();
  await editor.context().close();
  await admin.context().close();
});
