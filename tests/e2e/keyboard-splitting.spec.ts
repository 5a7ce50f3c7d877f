import type { Locator, Page } from "@playwright/test";
import { ACCOUNTS, expect, signIn, test } from "./support";

const TITLE_000 = /^توصلت قوات الأمن الداخلي السورية إلى اتفاق تهدئة/;

/**
 * Every key the walk presses, counted: keys that move or act (Tab, Enter, arrows, shortcuts) apart
 * from the characters typed into fields, which any way of working has to type.
 */
class Keyboard {
  moves = 0;
  typed = 0;
  private readonly steps: string[] = [];
  private counted = 0;
  constructor(private readonly page: Page) {}

  /** Closes a step of the walk: how many moves it took. */
  step(name: string): void {
    this.steps.push(`${name} ${this.moves - this.counted}`);
    this.counted = this.moves;
  }

  breakdown(): string {
    return this.steps.join(", ");
  }

  async press(key: string): Promise<void> {
    this.moves += 1;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.typed += text.length;
    await this.page.keyboard.type(text);
  }

  /** Tab (or Shift+Tab) until `target` (or one of the elements it matches) has focus; fails past `most` presses. */
  async tabTo(target: Locator, { back = false, most = 40 } = {}): Promise<void> {
    const visited: string[] = [];
    for (let presses = 0; presses < most; presses++) {
      if (await target.evaluateAll((elements) => elements.some((element) => element === document.activeElement)))
        return;
      await this.press(back ? "Shift+Tab" : "Tab");
      visited.push(await this.page.evaluate(() => describeFocus(document.activeElement)));
    }
    await expect(target.first(), `focus went: ${visited.join(" → ")}`).toBeFocused();
  }
}

declare global {
  function describeFocus(element: Element | null): string;
}

test.beforeEach(async ({ page }) => {
  // How a focused element reads in a failure message: tag, name and test id.
  await page.addInitScript(() => {
    (globalThis as { describeFocus?: (element: Element | null) => string }).describeFocus = (element) => {
      if (!element) return "nothing";
      const label = element.getAttribute("aria-label") ?? element.getAttribute("type") ?? element.textContent ?? "";
      const testId = element.getAttribute("data-testid");
      const where = element.tagName === "INPUT" ? ` ${element.outerHTML.slice(0, 160)}` : "";
      return `${element.tagName.toLowerCase()}${testId ? `[${testId}]` : ""}(${element.getAttribute("role") ?? ""})"${label.trim().slice(0, 30)}"${where}`;
    };
  });
});

test("the core loop by keyboard alone: open, select, make a claim, type and claimant, cite, rate, submit", async ({
  page,
}, testInfo) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  const keys = new Keyboard(page);

  // Open the article.
  await keys.tabTo(page.getByRole("link", { name: TITLE_000 }).first(), { most: 60 });
  await keys.press("Enter");
  const reader = page.getByTestId("article-reader");
  await expect(reader).toBeVisible();
  keys.step("open the article");

  // The skip link goes to the text; Shift+arrows select its first words; the shortcut makes the claim.
  await keys.tabTo(page.getByRole("link", { name: "Skip to the article text" }));
  await keys.press("Enter");
  await expect(reader).toBeFocused();
  for (let word = 0; word < 6; word++) await keys.press("Control+Shift+ArrowLeft");
  const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
  expect(selected.trim().split(/\s+/)).toHaveLength(6);
  await keys.press("Control+Enter");
  keys.step("select and make the claim");

  // The new claim's editor has the keyboard: type and claimant, then save.
  const editor = page.getByTestId("claim-editor");
  await expect(editor.getByLabel("Neutral statement")).toBeFocused();
  await expect(editor.getByTestId("claim-quote")).toHaveText(selected.trim());
  await keys.press("Tab");
  await expect(editor.getByLabel("Type")).toBeFocused();
  await keys.type("s");
  await expect(editor.getByLabel("Type")).toHaveValue("STATEMENT");
  await keys.tabTo(editor.getByRole("combobox", { name: "Claimant (who makes the claim)" }));
  await keys.type("الأمن الداخلي");
  await expect(editor.getByRole("option", { name: /Syrian Internal Security/ })).toBeVisible();
  // The first match is the active option: Enter picks it.
  await keys.press("Enter");
  await expect(editor.getByRole("combobox", { name: "Claimant (who makes the claim)" })).toHaveValue(
    /Syrian Internal Security/,
  );
  await keys.tabTo(editor.getByRole("button", { name: "Save claim" }));
  await keys.press("Enter");
  await expect(editor.getByText("Claim saved.")).toBeVisible();
  // Saving kept the keyboard where it was.
  await expect(editor.getByRole("button", { name: "Save claim" })).toBeFocused();
  keys.step("type, claimant, save");

  // To the claim's page.
  await keys.tabTo(page.getByTestId("open-claim-page"), { back: true });
  await keys.press("Enter");
  await expect(page).toHaveURL(/\/claims\//);

  // Cite a source: find it, choose it, save the citation.
  keys.step("to the claim page");
  await keys.tabTo(page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Evidence" }));
  await keys.press("Enter");
  await keys.tabTo(page.getByRole("button", { name: "Cite a source" }));
  await keys.press("Enter");
  const attach = page.getByTestId("attach-evidence");
  await keys.tabTo(attach.getByLabel("Find a source in the library"));
  await keys.type("Internal Security command");
  await keys.press("Enter");
  const choose = attach.getByRole("button", { name: /^Choose: Statement of the Internal Security command/ });
  await keys.tabTo(choose);
  await keys.press("Enter");
  await keys.tabTo(attach.getByRole("button", { name: "Save citation" }));
  await keys.press("Enter");
  await expect(page.getByTestId("evidence-SUPPORTS").getByTestId("evidence-item")).toHaveCount(1);
  keys.step("cite a source");

  // Rate: verdict, confidence, rationale, save.
  const rating = page.getByTestId("rating-panel");
  await keys.tabTo(rating.getByLabel("Verdict"), { back: true, most: 80 });
  await keys.type("m");
  await expect(rating.getByLabel("Verdict")).not.toHaveValue("");
  // Tab enters the confidence group on one of its levels; Space chooses it.
  await keys.tabTo(rating.getByRole("radio"));
  await keys.press("Space");
  await expect(rating.getByRole("radio", { checked: true })).toHaveCount(1);
  await keys.tabTo(rating.getByLabel("Rationale"));
  await keys.type("The command's own statement says so.");
  await keys.tabTo(rating.getByRole("button", { name: "Save rating" }));
  await keys.press("Enter");
  await expect(rating.getByText("Rating saved.")).toBeVisible();
  keys.step("rate");

  // Submit for review.
  const workflow = page.getByTestId("workflow-panel");
  await keys.tabTo(workflow.getByRole("button", { name: "Submit for review" }));
  await keys.press("Enter");
  await keys.tabTo(workflow.getByRole("button", { name: "Confirm" }));
  await keys.press("Enter");
  await expect(workflow.getByTestId("claim-status")).toHaveText("In review");
  keys.step("submit");

  const count = `core loop by keyboard: ${keys.moves} key presses to move and act (${keys.breakdown()}), plus ${keys.typed} characters typed`;
  console.log(count);
  testInfo.annotations.push({ type: "keyboard", description: count });
  // Before, the loop could not be finished from the keyboard at all (the text took no focus, so no
  // claim could be made; 72 Tab presses went to the rest). Now 86 moves on the demo data alone, ~135 after
  // the whole suite has filled the lists this walk tabs through (articles above this one, sources matching
  // the search). The guard catches focus falling back to the top of the page again, which costs dozens per step.
  expect(keys.moves).toBeLessThanOrEqual(160);
});
