import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import {
  ACCOUNTS,
  chooseLanguage,
  claimSelection,
  expect,
  importArticleByPaste,
  seriousViolations,
  signIn,
  test,
} from "./support";

type Locale = "en" | "ar";
type Messages = Record<string, Record<string, unknown>>;
const MESSAGES: Record<Locale, Messages> = {
  en: JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages/en.json"), "utf8")),
  ar: JSON.parse(readFileSync(path.join(import.meta.dirname, "../../messages/ar.json"), "utf8")),
};
/** A UI string as the given language shows it, e.g. text("ar", "inbox.submittedBy", { name }). */
function text(locale: Locale, key: string, values: Record<string, string> = {}): string {
  const message = key.split(".").reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], MESSAGES[locale]);
  return Object.entries(values).reduce(
    (out, [name, value]) => out.replaceAll(`<bdi>{${name}}</bdi>`, value).replaceAll(`{${name}}`, value),
    String(message),
  );
}

const NOTES = {
  en: { submit: "Two sources disagree on the toll.", changes: "Cite the UN figure too, with its date." },
  ar: { submit: "مصدران يختلفان حول الحصيلة.", changes: "أضف رقم الأمم المتحدة أيضاً مع تاريخه." },
};

async function personIn(browser: Browser, origin: string, email: string, locale: Locale): Promise<Page> {
  const context = await browser.newContext({ baseURL: origin });
  const page = await context.newPage();
  await signIn(page, email);
  if (locale === "ar") await chooseLanguage(page, "ar");
  return page;
}

for (const locale of ["en", "ar"] as const) {
  test(`work that moves is told to the right people, with the note, and @mentions complete by keyboard (${locale})`, async ({
    page,
    browser,
  }) => {
    // Two people, two languages' worth of steps: import, split, rate, submit, review, reply.
    test.setTimeout(120_000);
    // The fact-checker imports an article of their own (other specs' claims stay out of the way),
    // splits one claim out of it and rates it, in English.
    await signIn(page, ACCOUNTS.FACT_CHECKER.email);
    const stamp = `${locale}-${Date.now()}`;
    const title = `Notifications walk ${stamp}`;
    // The stamp in the statement finds this walk's notices among earlier runs' on the shared database.
    const quote = `The observatory said five people were killed in camp ${stamp}`;
    await importArticleByPaste(page, title, `${quote} on Tuesday. The ministry denied it in a statement.`);
    await claimSelection(page, quote, "CASUALTY_REPORT");
    const rating = page.getByTestId("rating-panel");
    await rating.getByLabel("Verdict").selectOption({ label: "Mostly true" });
    await rating.getByRole("radio", { name: "Moderate" }).check();
    await rating.getByLabel("Rationale").fill("SOHR and a local council give the same toll.");
    await rating.getByRole("button", { name: "Save rating" }).click();
    await expect(rating.getByText("Rating saved.")).toBeVisible();

    // From here on, in the language under test: the fact-checker submits with a note.
    if (locale === "ar") await chooseLanguage(page, "ar");
    const workflow = page.getByTestId("workflow-panel");
    await workflow.getByRole("button", { name: text(locale, "workflow.actions.submit") }).click();
    await workflow.getByLabel(text(locale, "workflow.note")).fill(NOTES[locale].submit);
    await workflow.getByRole("button", { name: text(locale, "workflow.confirm") }).click();
    await expect(workflow.getByTestId("claim-status")).toHaveText(text(locale, "claims.status.IN_REVIEW"));

    // The editor finds "submitted for review" in their inbox, with the note, and opens the claim.
    const editorPage = await personIn(browser, new URL(page.url()).origin, ACCOUNTS.EDITOR.email, locale);
    await editorPage.goto("/inbox");
    const submitted = editorPage.getByTestId("inbox-REVIEW").getByRole("listitem").filter({ hasText: stamp }).first();
    await expect(submitted).toHaveAttribute("data-kind", "SUBMITTED");
    await expect(submitted).toContainText(text(locale, "inbox.submittedBy", { name: ACCOUNTS.FACT_CHECKER.name }));
    await expect(submitted).toContainText(NOTES[locale].submit);
    await expect(submitted.getByRole("link")).toHaveAttribute("dir", "auto");
    await submitted.getByRole("link").click();
    await expect(editorPage).toHaveURL(/\/claims\//);

    // The editor requests changes, with a note.
    const editorWorkflow = editorPage.getByTestId("workflow-panel");
    await editorWorkflow.getByRole("button", { name: text(locale, "workflow.actions.requestChanges") }).click();
    await editorWorkflow.getByLabel(text(locale, "workflow.note")).fill(NOTES[locale].changes);
    await editorWorkflow.getByRole("button", { name: text(locale, "workflow.confirm") }).click();
    await expect(editorWorkflow.getByTestId("claim-status")).toHaveText(
      text(locale, "claims.status.CHANGES_REQUESTED"),
    );

    // And hands the claim to the fact-checker (the assignee is an editor's call), from the article.
    const claimId = new URL(editorPage.url()).pathname.split("/").at(-1)!;
    await editorPage.getByRole("link", { name: title }).first().click();
    await editorPage.locator(`mark[data-claim-id="${claimId}"]`).first().click();
    const claimEditor = editorPage.getByTestId("claim-editor");
    await claimEditor.getByLabel(text(locale, "claims.assignee")).selectOption({ label: ACCOUNTS.FACT_CHECKER.name });
    await claimEditor.getByRole("button", { name: text(locale, "claims.save") }).click();
    await expect(claimEditor.getByText(text(locale, "claims.saved"))).toBeVisible();

    // The fact-checker sees it in the inbox: who, which claim, and the note; never their own submission.
    await page.goto("/inbox");
    const review = page.getByTestId("inbox-REVIEW");
    const changes = review.getByRole("listitem").filter({ hasText: NOTES[locale].changes });
    await expect(changes).toHaveCount(1);
    await expect(changes).toHaveAttribute("data-kind", "CHANGES_REQUESTED");
    await expect(changes).toContainText(text(locale, "inbox.changesRequestedBy", { name: ACCOUNTS.EDITOR.name }));
    await expect(changes).toContainText(text(locale, "inbox.new"));
    await expect(review.getByRole("listitem").filter({ hasText: NOTES[locale].submit })).toHaveCount(0);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/inbox-${locale}.png`, fullPage: true });

    await expect(page.getByTestId("inbox-ASSIGNED").getByRole("listitem").filter({ hasText: stamp })).toContainText(
      text(locale, "inbox.assignedBy", { name: ACCOUNTS.EDITOR.name }),
    );

    // "Assigned to me" is the inbox's second tab: the claim itself, with its status.
    await page.getByRole("link", { name: text(locale, "inbox.assignedTab") }).click();
    const assigned = page.getByTestId("assigned-claims");
    await expect(assigned.getByRole("heading", { name: text(locale, "inbox.assignedClaims") })).toBeVisible();
    await expect(assigned.getByRole("listitem").filter({ hasText: stamp })).toContainText(
      text(locale, "claims.status.CHANGES_REQUESTED"),
    );
    await expect(page.getByRole("link", { name: text(locale, "inbox.assignedTab") })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/inbox-assigned-${locale}.png`, fullPage: true });

    // Back on the claim, an @mention completes by keyboard: arrows move, Enter inserts, Escape closes.
    await page.getByRole("link", { name: text(locale, "inbox.notificationsTab") }).click();
    await page
      .getByTestId("inbox-REVIEW")
      .getByRole("listitem")
      .filter({ hasText: NOTES[locale].changes })
      .getByRole("link")
      .click();
    await expect(page).toHaveURL(/\/claims\//);
    const box = page.getByLabel(text(locale, "comments.body"), { exact: true });
    await box.focus();
    await page.keyboard.type("Thanks @El");
    const listbox = page.getByRole("listbox", { name: text(locale, "comments.mentionSuggestions") });
    await expect(listbox.getByRole("option", { name: ACCOUNTS.EDITOR.name })).toBeVisible();
    await expect(listbox.getByRole("option").first()).toHaveAttribute("aria-selected", "true");
    await expect(box).toHaveAttribute("aria-activedescendant", /option-0$/);
    await page
      .getByRole("region", { name: text(locale, "comments.title") })
      .screenshot({ path: `test-results/screenshots/mention-${locale}.png` });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(listbox).toHaveCount(0);
    await expect(box).toHaveValue(`Thanks @${ACCOUNTS.EDITOR.name} `);
    // Escape closes the list and leaves the text as typed.
    await page.keyboard.type("and @Am");
    await expect(page.getByRole("option", { name: ACCOUNTS.ADMIN.name })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("listbox")).toHaveCount(0);
    await expect(box).toHaveValue(`Thanks @${ACCOUNTS.EDITOR.name} and @Am`);
    for (let typed = 0; typed < "and @Am".length; typed += 1) await page.keyboard.press("Backspace");
    await page.keyboard.type("for the figure.");
    await page.getByRole("button", { name: text(locale, "comments.post") }).click();
    await expect(page.getByTestId("comments")).toContainText(
      text(locale, "comments.mentioned", { names: ACCOUNTS.EDITOR.name }),
    );

    // The editor is told of the mention.
    await editorPage.goto("/inbox");
    const mention = editorPage.getByTestId("inbox-MENTION").getByRole("listitem").filter({ hasText: stamp });
    await expect(mention).toContainText(text(locale, "inbox.mentionedBy", { name: ACCOUNTS.FACT_CHECKER.name }));
    await expect(mention).toContainText(`Thanks @${ACCOUNTS.EDITOR.name} for the figure.`);
    await editorPage.screenshot({ path: `test-results/screenshots/inbox-editor-${locale}.png`, fullPage: true });
    await editorPage.context().close();
  });

  test(`a person chooses which events they are told about (${locale})`, async ({ page }) => {
    // The fact-checker chooses not to be told about comments: saved, shown again, then undone.
    await signIn(page, ACCOUNTS.FACT_CHECKER.email);
    if (locale === "ar") await chooseLanguage(page, "ar");
    await page.goto("/account");
    const preferences = page.getByTestId("notification-preferences");
    const comments = preferences.getByRole("checkbox", { name: text(locale, "account.notificationKinds.COMMENTED") });
    await expect(comments).toBeChecked();
    await comments.uncheck();
    await preferences.getByRole("button", { name: text(locale, "account.saveNotifications") }).click();
    await expect(preferences.getByTestId("notification-preferences-feedback")).toHaveText(
      text(locale, "account.notificationsSaved"),
    );
    await page.reload();
    await expect(comments).not.toBeChecked();
    expect(await seriousViolations(page)).toEqual([]);
    await page
      .getByRole("region", { name: text(locale, "account.notificationsTitle") })
      .screenshot({ path: `test-results/screenshots/notification-preferences-${locale}.png` });
    await comments.check();
    await preferences.getByRole("button", { name: text(locale, "account.saveNotifications") }).click();
    await expect(preferences.getByTestId("notification-preferences-feedback")).toBeVisible();
  });
}
