import { ACCOUNTS, createClaimFromText, expect, signIn, test } from "./support";

const TITLE_000 = /^توصلت قوات الأمن الداخلي السورية إلى اتفاق تهدئة/;
const QUOTE = 'إن الهدف من التحرك هو "حماية المدنيين وضمان سلامتهم"';

test("reviewed work is frozen: a fact-checker withdraws an in-review claim to edit it, and finds no way to change a published one", async ({
  page,
  browser,
}) => {
  // The fact-checker splits out the commander's statement, rates it and submits it.
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  const claimUrl = await createClaimFromText(page, TITLE_000, QUOTE, "STATEMENT");
  const rating = page.getByTestId("rating-panel");
  await rating.getByLabel("Verdict").selectOption({ label: "True" });
  await rating.getByRole("radio", { name: "High" }).check();
  await rating.getByLabel("Rationale").fill("The commander said it on camera to Syria TV.");
  await rating.getByRole("button", { name: "Save rating" }).click();
  await expect(rating.getByText("Rating saved.")).toBeVisible();
  const workflow = page.getByTestId("workflow-panel");
  await workflow.getByRole("button", { name: "Submit for review" }).click();
  await workflow.getByRole("button", { name: "Confirm" }).click();
  await expect(workflow.getByTestId("claim-status")).toHaveText("In review");

  // In review: nothing to edit, the reason said, and one way back.
  await page.reload();
  await expect(page.getByTestId("claim-frozen")).toHaveText(
    "This claim is in review: withdraw it from review to edit it.",
  );
  await expect(rating.getByRole("button", { name: "Save rating" })).toHaveCount(0);
  await expect(page.getByTestId("evidence-section").getByRole("button")).toHaveCount(0);
  await workflow.getByRole("button", { name: "Withdraw from review" }).click();
  // The note is required: the form asks for it before anything is sent.
  await expect(workflow.getByLabel("Note")).toHaveAttribute("required", "");
  await workflow.getByLabel("Note").fill("The quote needs its attribution to the commander.");
  await workflow.getByRole("button", { name: "Confirm" }).click();
  await expect(workflow.getByTestId("claim-status")).toHaveText("In progress");
  await page.reload();
  await expect(page.getByTestId("claim-frozen")).toHaveCount(0);
  await expect(rating.getByRole("button", { name: "Save rating" })).toBeVisible();
  await workflow.getByRole("button", { name: "Submit for review" }).click();
  await workflow.getByRole("button", { name: "Confirm" }).click();
  await expect(workflow.getByTestId("claim-status")).toHaveText("In review");

  // The editor was told, approves and publishes (someone else's verdict: four eyes hold).
  const editorContext = await browser.newContext({
    baseURL: new URL(page.url()).origin,
    extraHTTPHeaders: { "x-forwarded-for": "198.51.100.91" },
  });
  const editorPage = await editorContext.newPage();
  await signIn(editorPage, ACCOUNTS.EDITOR.email);
  await editorPage.getByRole("link", { name: /^Inbox/ }).click();
  await expect(editorPage.getByTestId("inbox-WITHDRAWN")).toContainText("Farah Fact-checker withdrew this from review");
  await editorPage.goto(claimUrl);
  const editorWorkflow = editorPage.getByTestId("workflow-panel");
  await editorWorkflow.getByRole("button", { name: "Approve" }).click();
  await editorWorkflow.getByRole("button", { name: "Confirm" }).click();
  await expect(editorWorkflow.getByTestId("claim-status")).toHaveText("Approved");
  await editorWorkflow.getByRole("button", { name: "Publish" }).click();
  await editorWorkflow.getByRole("button", { name: "Confirm" }).click();
  await expect(editorWorkflow.getByTestId("claim-status")).toHaveText("Published");
  await editorContext.close();

  // Published: on the claim page and in the article's claim editor, no control changes it.
  await page.goto(claimUrl);
  await expect(page.getByTestId("claim-frozen")).toContainText("This claim is published");
  await expect(workflow.getByRole("button")).toHaveCount(0);
  await expect(rating.getByRole("button")).toHaveCount(0);
  await expect(page.getByTestId("evidence-section").getByRole("button")).toHaveCount(0);
  await page.getByRole("link", { name: TITLE_000 }).first().click();
  await page
    .getByTestId("claims-list")
    .getByRole("button", { name: /حماية المدنيين وضمان سلامتهم/ })
    .first()
    .click();
  const editor = page.getByTestId("claim-editor");
  await expect(editor.getByTestId("claim-frozen")).toContainText("This claim is published");
  await expect(editor.getByRole("button", { name: "Save claim" })).toHaveCount(0);
  await expect(editor.getByRole("button", { name: "Delete claim" })).toHaveCount(0);
  await expect(editor.getByLabel("Neutral statement")).toBeDisabled();
});
