import type { Page } from "@playwright/test";
import { ACCOUNTS, chooseLanguage, expect, selectInReader, seriousViolations, signIn, test } from "./support";

const FIXTURE = `http://127.0.0.1:${process.env.E2E_FIXTURE_PORT ?? 3101}`;
const TITLE_002 = "قوّات سورية تطوّق مخيّماً يضم جهاديين فرنسيين في إدلب (فيديو)";
const CLAIM_WORDS = "وردت معلومات عن سقوط عدد من القتلى والجرحى";

/** Adds a source by URL and waits for the server's capture to finish. */
async function addSource(page: Page, path: string, kind: string): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await page.getByRole("button", { name: "Add source" }).click();
  const form = page.getByTestId("source-form");
  await form.getByLabel("Web address").fill(`${FIXTURE}${path}`);
  await form.getByLabel("Kind").selectOption(kind);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Source added. Capturing the page…")).toBeVisible();
  // The capture runs off the request path; the page follows its progress and then shows the snapshot.
  await expect(page.getByTestId("capture-health")).toHaveAttribute("data-health", "INTACT", { timeout: 20_000 });
  await expect(page.getByTestId("snapshots-table").getByRole("row")).toHaveCount(2);
}

async function cite(page: Page, search: string, stance: "SUPPORTS" | "REFUTES", passage: string): Promise<void> {
  await page.getByRole("button", { name: "Cite a source" }).click();
  const panel = page.getByTestId("attach-evidence");
  await panel.getByLabel("Find a source in the library").fill(search);
  await panel.getByRole("button", { name: "Search" }).click();
  await panel
    .getByRole("button", { name: /^Choose: / })
    .first()
    .click();
  await panel.getByLabel("Stance").selectOption(stance);
  await panel.getByLabel("Relevant passage").fill(passage);
  await panel.getByLabel("Credibility (information)").selectOption("2");
  await panel.getByRole("button", { name: "Save citation" }).click();
  await expect(page.getByText("Source cited.")).toBeVisible();
}

test("a fact-checker captures two sources, cites them for and against a claim of article 002, and sees the independence summary", async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await addSource(page, "/ultra-syria/harem-camp", "NEWS_REPORT");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "مقتل وجرح مقاتلين فرنسيين وعناصر أمن في محيط مخيم حارم",
  );
  await addSource(page, "/afp/harem-no-casualties?utm_source=twitter", "NEWS_REPORT");
  await expect(page.getByText("AFP", { exact: true })).toBeVisible();

  // The page says whom it relies on ("a security source told AFP"): offered as the origin, confirmed in one step.
  const suggested = page.getByTestId("suggested-origin");
  await expect(suggested).toContainText("Relies on AFP?");
  await expect(suggested.locator("q")).toHaveText("told AFP");
  await page.screenshot({ path: "test-results/screenshots/suggested-origin-en.png", fullPage: true });
  await suggested.getByRole("button", { name: "Confirm as origin" }).click();
  await expect(page.getByText("Origin confirmed.")).toBeVisible();
  await expect(suggested).toHaveCount(0);
  await expect(page.getByRole("definition").filter({ hasText: /^AFP$/ })).toHaveCount(2);

  // Editing loads the origins to choose from only then, and saves what was changed.
  await page.getByRole("button", { name: "Edit source" }).click();
  const editForm = page.getByTestId("source-form");
  await expect(editForm.getByRole("combobox", { name: "Origin" })).toBeVisible();
  await editForm.getByLabel("Notes").fill("Wire copy, checked against the AFP feed");
  await editForm.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Source saved.")).toBeVisible();
  await expect(
    page.getByRole("definition").filter({ hasText: "Wire copy, checked against the AFP feed" }),
  ).toBeVisible();

  // The same page again, cited another way, opens the existing source.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await page.getByRole("button", { name: "Add source" }).click();
  await page.getByTestId("source-form").getByLabel("Web address").fill(`${FIXTURE}/afp/harem-no-casualties#top`);
  await page.getByTestId("source-form").getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("This address is already in the library: here is that source.")).toBeVisible();

  // A claim in reference article 002, then its page.
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
  await page.getByRole("link", { name: TITLE_002 }).first().click();
  await selectInReader(page, CLAIM_WORDS);
  await page.getByTestId("create-claim-from-selection").click();
  await page.getByTestId("claim-editor").getByLabel("Type").selectOption("CASUALTY_REPORT");
  await page.getByTestId("claim-editor").getByRole("button", { name: "Save claim" }).click();
  await expect(page.getByTestId("claim-editor").getByText("Claim saved.")).toBeVisible();
  await page.getByTestId("open-claim-page").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(CLAIM_WORDS);
  await expect(page.getByTestId("corroboration")).toHaveAttribute("data-status", "NO_EVIDENCE");

  await cite(page, "Ultra Syria", "SUPPORTS", "سقوط قتلى وجرحى في صفوف المقاتلين الفرنسيين");
  await cite(page, "AFP", "REFUTES", "No casualties had been confirmed by the evening");

  await expect(page.getByTestId("evidence-SUPPORTS").getByTestId("evidence-item")).toHaveCount(1);
  await expect(page.getByTestId("evidence-REFUTES").getByTestId("evidence-item")).toHaveCount(1);
  const summary = page.getByTestId("corroboration");
  await expect(summary).toHaveAttribute("data-status", "CONTESTED");
  await expect(summary).toContainText("1 independent confirmation (Ultra Syria)");
  await expect(summary).toContainText("1 independent refutation (AFP)");
  await expect(page.getByTestId("evidence-REFUTES")).toContainText("Grade F2");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/claim-evidence.png", fullPage: true });

  // In Arabic the page reads right to left, with the same evidence.
  await chooseLanguage(page, "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByTestId("corroboration")).toContainText("متنازع عليه");
  await expect(page.getByTestId("evidence-SUPPORTS").getByRole("heading")).toHaveText("مؤيدة (1)");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: "test-results/e2e/claim-evidence-ar.png", fullPage: true });
  await chooseLanguage(page, "en");

  // The reader's claim panel shows the same summary.
  await page.getByRole("link", { name: TITLE_002 }).click();
  await expect(
    page.getByTestId("claims-list").getByTestId("corroboration").filter({ hasText: "Ultra Syria" }),
  ).toHaveAttribute("data-status", "CONTESTED");
});

test("a viewer sees sources and evidence but cannot add, capture or cite", async ({ page }) => {
  await signIn(page, ACCOUNTS.VIEWER.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sources" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sources" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Add source" })).toHaveCount(0);
  await page.getByLabel("Kind").selectOption("OFFICIAL_STATEMENT");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: "Statement of the Internal Security command on the Harem operation" }).click();
  await expect(page.getByText("Added by hand (no web address)")).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "B — Usually reliable" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cite for a claim" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Edit source" })).toHaveCount(0);
});
