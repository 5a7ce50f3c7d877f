import { ACCOUNTS, createClaimFromText, expect, seriousViolations, signIn, test } from "./support";

const TITLE_002 = "قوّات سورية تطوّق مخيّماً يضم جهاديين فرنسيين في إدلب (فيديو)";
const PROMISE = "الرئيس الانتقالي أحمد الشرع وعد فرنسا بإنهاء تواجد الجهاديين الفرنسيين في سوريا وتسليمهم لباريس";

test("a fact-checker rates and submits, an editor approves and publishes, and everyone sees it", async ({
  page,
  browser,
}) => {
  // The fact-checker splits the promise out of article 002 and rates it.
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  const claimUrl = await createClaimFromText(page, TITLE_002, PROMISE, "PROMISE");

  const rating = page.getByTestId("rating-panel");
  await rating.getByLabel("Verdict").selectOption({ label: "Mostly true" });
  await rating.getByRole("button", { name: "Save rating" }).click();
  await expect(rating.getByText("Rating saved.")).toBeVisible();
  const workflow = page.getByTestId("workflow-panel");
  await expect(workflow.getByTestId("claim-status")).toHaveText("In progress");

  // Submitting needs confidence and rationale too: a clear refusal, then success.
  await workflow.getByRole("button", { name: "Submit for review" }).click();
  await workflow.getByRole("button", { name: "Confirm" }).click();
  await expect(workflow.getByText("Give a verdict, a confidence and a rationale first.")).toBeVisible();
  await workflow.getByRole("button", { name: "Cancel" }).click();
  await rating.getByRole("radio", { name: "Moderate" }).check();
  await rating
    .getByLabel("Rationale")
    .fill(
      "SOHR reports the promise; the presidency has not denied it, and French officials confirmed talks on repatriation.",
    );
  await rating.getByRole("button", { name: "Save rating" }).click();
  await expect(rating.getByText("Rating saved.")).toBeVisible();
  await workflow.getByRole("button", { name: "Submit for review" }).click();
  await workflow.getByRole("button", { name: "Confirm" }).click();
  await expect(workflow.getByTestId("claim-status")).toHaveText("In review");
  await expect(workflow.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(rating.getByText(/The rating is locked/)).toBeVisible();

  await page.getByLabel("Comment", { exact: true }).fill("@Elias Editor the Élysée readout is in the sources.");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByTestId("comments")).toContainText("Mentions: Elias Editor");

  // The editor: the mention in the inbox, the claim in the review queue; approve, then publish.
  const editorContext = await browser.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { "x-forwarded-for": "198.51.100.77" },
  });
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, ACCOUNTS.EDITOR.email);
  // Unread, at least the mention (earlier specs on this database may have notified the editor too).
  await expect(editorPage.getByTestId("nav-badge-inbox")).toHaveText(/[1-9]/);
  await editorPage.getByRole("link", { name: /^Inbox/ }).click();
  await expect(editorPage.getByTestId("inbox-MENTION")).toContainText("Farah Fact-checker mentioned you");
  // Other specs share this database: the dashboard is read before and after, not assumed empty.
  const publishedRow = editorPage.getByTestId("chart-funnel").getByRole("row", { name: "Published" });
  await editorPage.getByRole("link", { name: "Dashboard" }).click();
  const publishedBefore = Number((await publishedRow.textContent())?.replace(/\D/g, "") || 0);
  await editorPage.getByRole("link", { name: "Review" }).click();
  await editorPage
    .getByTestId("review-queue")
    .getByRole("link", { name: /الرئيس الانتقالي أحمد الشرع/ })
    .click();
  const editorWorkflow = editorPage.getByTestId("workflow-panel");
  await editorWorkflow.getByRole("button", { name: "Approve" }).click();
  await editorWorkflow.getByLabel("Note").fill("Checked against the AFP dispatch.");
  await editorWorkflow.getByRole("button", { name: "Confirm" }).click();
  await expect(editorWorkflow.getByTestId("claim-status")).toHaveText("Approved");
  await editorWorkflow.getByRole("button", { name: "Publish" }).click();
  await editorWorkflow.getByRole("button", { name: "Confirm" }).click();
  await expect(editorWorkflow.getByTestId("claim-status")).toHaveText("Published");
  expect(await seriousViolations(editorPage)).toEqual([]);

  // The dashboard counts it.
  await editorPage.getByRole("link", { name: "Dashboard" }).click();
  await expect(publishedRow).toHaveText(new RegExp(`^Published${publishedBefore + 1}$`));
  await expect(editorPage.getByTestId("chart-verdicts").getByRole("row", { name: "Mostly true" })).toHaveText(/[1-9]/);
  await expect(editorPage.getByTestId("chart-funnel").locator("svg").first()).toBeVisible();
  expect(await seriousViolations(editorPage)).toEqual([]);
  await editorPage.screenshot({ path: "test-results/e2e/dashboard.png", fullPage: true });
  await editorContext.close();

  // Back to the fact-checker: published, with its history.
  await page.goto(claimUrl);
  await expect(page.getByTestId("claim-status")).toHaveText("Published");
  await expect(page.getByTestId("history")).toContainText("Elias Editor published");
  await expect(page.getByTestId("history")).toContainText("Checked against the AFP dispatch.");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/claim-published.png", fullPage: true });
});
