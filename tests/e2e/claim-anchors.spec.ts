import { randomUUID } from "node:crypto";
import { ACCOUNTS, claimSelection, expect, importArticleByPaste, selectInReader, signIn, test } from "./support";

const OBSERVATORY = "وأكد المرصد السوري لحقوق الإنسان مقتل ثلاثة عناصر من قوات الأمن";
const GOVERNMENT = "ونفت وزارة الداخلية ذلك في بيان رسمي";
const PARAGRAPHS = [
  "قالت مصادر محلية إن اشتباكات اندلعت مساء الأحد في مدينة جبلة.",
  `${OBSERVATORY}.`,
  `${GOVERNMENT} صدر صباح الاثنين.`,
  "وقال شهود إن الطرق أغلقت طوال الليل.",
];

test("a correction deletes a claimed sentence: no highlight, listed as not found, approve refused until it is re-anchored by selection", async ({
  page,
  browser,
}) => {
  const title = `اشتباكات جبلة ${randomUUID().slice(0, 8)}`;
  // The fact-checker imports the article, splits out the observatory's toll, rates and submits it.
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await importArticleByPaste(page, title, PARAGRAPHS.join("\n\n"));
  const claimUrl = await claimSelection(page, OBSERVATORY, "CASUALTY_REPORT");
  const rating = page.getByTestId("rating-panel");
  await rating.getByLabel("Verdict").selectOption({ label: "False" });
  await rating.getByRole("radio", { name: "High" }).check();
  await rating.getByLabel("Rationale").fill("No hospital in Jableh recorded deaths that night.");
  await rating.getByRole("button", { name: "Save rating" }).click();
  await expect(rating.getByText("Rating saved.")).toBeVisible();
  const workflow = page.getByTestId("workflow-panel");
  await workflow.getByRole("button", { name: "Submit for review" }).click();
  await workflow.getByRole("button", { name: "Confirm" }).click();
  await expect(workflow.getByTestId("claim-status")).toHaveText("In review");

  // The publisher corrects the story: the observatory's sentence is gone.
  await page.getByRole("link", { name: title }).first().click();
  const reader = page.getByTestId("article-reader");
  await expect(reader.locator("mark[data-claim-id]")).toHaveCount(1);
  await page.getByRole("button", { name: "Add corrected text" }).click();
  await page.getByLabel("Corrected article text").fill(PARAGRAPHS.filter((_, index) => index !== 1).join("\n\n"));
  await page.getByRole("button", { name: "Save new revision" }).click();
  await expect(page.getByText(/Revision 2 saved: .*1 orphaned/)).toBeVisible();

  // Not highlighted anywhere; listed apart with its quote.
  await expect(reader).not.toContainText("المرصد السوري");
  await expect(reader.locator("mark[data-claim-id]")).toHaveCount(0);
  const notFound = page.getByTestId("claims-not-found");
  await expect(notFound.getByRole("heading")).toHaveText("1 claim not found in the current text");
  await expect(notFound).toContainText(OBSERVATORY);
  await page.getByTestId("reader-surface").screenshot({ path: "test-results/e2e/anchors-orphaned-reader.png" });
  await page.screenshot({ path: "test-results/e2e/anchors-orphaned-page.png", fullPage: true });

  // The editor cannot approve it, and is told why.
  const editorContext = await browser.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { "x-forwarded-for": "198.51.100.93" },
  });
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, ACCOUNTS.EDITOR.email);
  await editorPage.goto(claimUrl);
  await expect(editorPage.getByTestId("claim-anchor-lost")).toContainText(
    "no longer found in the article's current text",
  );
  const editorWorkflow = editorPage.getByTestId("workflow-panel");
  await editorWorkflow.getByRole("button", { name: "Approve" }).click();
  await editorWorkflow.getByRole("button", { name: "Confirm" }).click();
  await expect(
    editorWorkflow.getByText(
      "This claim's quote is no longer found in the article's current text: re-anchor it, or acknowledge that with a note, before approving or publishing it.",
    ),
  ).toBeVisible();
  await expect(editorWorkflow.getByTestId("claim-status")).toHaveText("In review");

  // The fact-checker opens it from the list and re-anchors it on the government's denial.
  await notFound.getByRole("button").first().click();
  const anchorPanel = page.getByTestId("anchor-panel");
  await expect(anchorPanel.getByTestId("anchor-state")).toHaveText(
    "Its quote is not found in the current text, so it is not highlighted.",
  );
  await expect(anchorPanel.getByTestId("anchor-stored-quote")).toHaveText(OBSERVATORY);
  await selectInReader(page, GOVERNMENT);
  await anchorPanel.getByRole("button", { name: "Re-anchor here" }).click();
  await expect(anchorPanel.getByText("Claim re-anchored.")).toBeVisible();
  await expect(reader.locator("mark[data-claim-id]")).toHaveText(GOVERNMENT);
  await expect(page.getByTestId("claims-not-found")).toHaveCount(0);

  // Now the editor approves it.
  await editorPage.reload();
  await expect(editorPage.getByTestId("claim-anchor-lost")).toHaveCount(0);
  await editorWorkflow.getByRole("button", { name: "Approve" }).click();
  await editorWorkflow.getByRole("button", { name: "Confirm" }).click();
  await expect(editorWorkflow.getByTestId("claim-status")).toHaveText("Approved");
  await editorContext.close();

  // The first revision still reads as it was, with the claim where it stood then.
  await page.getByTestId("revision-list").getByText("2 revisions").click();
  await page.getByRole("link", { name: /^Revision 1,/ }).click();
  await expect(page.getByTestId("earlier-revision-notice")).toContainText("You are reading revision 1 of 2");
  await expect(page.getByTestId("article-reader").locator("mark[data-claim-id]")).toHaveText(OBSERVATORY);
});
