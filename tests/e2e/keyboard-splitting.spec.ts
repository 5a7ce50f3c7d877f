import type { Locator, Page } from "@playwright/test";
import ar from "@/messages/ar.json" with { type: "json" };
import en from "@/messages/en.json" with { type: "json" };
import { ACCOUNTS, chooseLanguage, expect, signIn, test } from "./support";

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

  /** Moves a focused closed <select> to `value` with the arrow keys, as many presses as options lie between. */
  async arrowTo(select: Locator, value: string): Promise<void> {
    const distance = await select.evaluate((element, wanted) => {
      const options = [...(element as HTMLSelectElement).options].map((option) => option.value);
      return options.indexOf(wanted) - (element as HTMLSelectElement).selectedIndex;
    }, value);
    for (let presses = 0; presses < Math.abs(distance); presses++)
      await this.press(distance > 0 ? "ArrowDown" : "ArrowUp");
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

/** The walk's words in each UI language, from the message files the app itself uses. */
function wordsOf(locale: "en" | "ar") {
  const m = locale === "ar" ? ar : en;
  return {
    skipToText: m.workbench.skipToText,
    statement: m.claims.statement,
    type: m.claims.typeLabel,
    claimant: m.claims.claimant,
    save: m.claims.save,
    saved: m.claims.saved,
    jumpTo: m.claimPage.jumpTo,
    evidence: m.claimPage.jump.evidence,
    cite: m.evidence.attach,
    findSource: m.evidence.findSource,
    chooseSource: m.evidence.chooseSource,
    saveCitation: m.evidence.save,
    verdict: m.rating.verdict,
    rationale: m.rating.rationale,
    saveRating: m.rating.save,
    ratingSaved: m.rating.saved,
    submit: m.workflow.actions.submit,
    confirm: m.workflow.confirm,
    inReview: m.claims.status.IN_REVIEW,
    // How the claimant option reads: the entity's name in the interface's language.
    claimantOption: locale === "ar" ? /قوى الأمن الداخلي/ : /Syrian Internal Security/,
  };
}

for (const locale of ["en", "ar"] as const)
  test(`the core loop by keyboard alone (${locale}): open, select, make a claim, type and claimant, cite, rate, submit`, async ({
    page,
  }, testInfo) => {
    const w = wordsOf(locale);
    await signIn(page, ACCOUNTS.FACT_CHECKER.email);
    if (locale === "ar") await chooseLanguage(page, "ar");
    const keys = new Keyboard(page);

    // Open the article.
    await keys.tabTo(page.getByRole("link", { name: TITLE_000 }).first(), { most: 60 });
    await keys.press("Enter");
    const reader = page.getByTestId("article-reader");
    await expect(reader).toBeVisible();
    keys.step("open the article");

    // The skip link goes to the text; Shift+arrows select its first words; the shortcut makes the claim.
    await keys.tabTo(page.getByRole("link", { name: w.skipToText }));
    await keys.press("Enter");
    await expect(reader).toBeFocused();
    for (let word = 0; word < 6; word++) await keys.press("Control+Shift+ArrowLeft");
    const selected = await page.evaluate(() => window.getSelection()?.toString() ?? "");
    expect(selected.trim().split(/\s+/)).toHaveLength(6);
    await keys.press("Control+Enter");
    keys.step("select and make the claim");

    // The new claim's editor has the keyboard: type and claimant, then save.
    const editor = page.getByTestId("claim-editor");
    await expect(editor.getByLabel(w.statement)).toBeFocused();
    await expect(editor.getByTestId("claim-quote")).toHaveText(selected.trim());
    await keys.press("Tab");
    await expect(editor.getByLabel(w.type, { exact: true })).toBeFocused();
    // A closed select takes type-ahead in English; Arabic letters are chosen with the arrows.
    if (locale === "en") await keys.type("s");
    else await keys.arrowTo(editor.getByLabel(w.type, { exact: true }), "STATEMENT");
    await expect(editor.getByLabel(w.type, { exact: true })).toHaveValue("STATEMENT");
    await keys.tabTo(editor.getByRole("combobox", { name: w.claimant }));
    await keys.type("الأمن الداخلي");
    await expect(editor.getByRole("option", { name: w.claimantOption })).toBeVisible();
    // The first match is the active option: Enter picks it.
    await keys.press("Enter");
    await expect(editor.getByRole("combobox", { name: w.claimant })).toHaveValue(w.claimantOption);
    await keys.tabTo(editor.getByRole("button", { name: w.save }));
    await keys.press("Enter");
    await expect(editor.getByText(w.saved)).toBeVisible();
    // Saving kept the keyboard where it was.
    await expect(editor.getByRole("button", { name: w.save })).toBeFocused();
    keys.step("type, claimant, save");

    // To the claim's page.
    await keys.tabTo(page.getByTestId("open-claim-page"), { back: true });
    await keys.press("Enter");
    await expect(page).toHaveURL(/\/claims\//);

    // Cite a source: find it, choose it, save the citation.
    keys.step("to the claim page");
    await keys.tabTo(page.getByRole("navigation", { name: w.jumpTo }).getByRole("link", { name: w.evidence }));
    await keys.press("Enter");
    await keys.tabTo(page.getByRole("button", { name: w.cite }));
    await keys.press("Enter");
    const attach = page.getByTestId("attach-evidence");
    await keys.tabTo(attach.getByLabel(w.findSource));
    await keys.type("Internal Security command");
    await keys.press("Enter");
    const choose = attach.getByRole("button", {
      name: `${w.chooseSource}: Statement of the Internal Security command`,
    });
    // The results arrive after Enter: tabbing before they are there would leave the field for the page.
    await expect(choose.first()).toBeVisible();
    await keys.tabTo(choose);
    await keys.press("Enter");
    await keys.tabTo(attach.getByRole("button", { name: w.saveCitation }));
    await keys.press("Enter");
    await expect(page.getByTestId("evidence-SUPPORTS").getByTestId("evidence-item")).toHaveCount(1);
    keys.step("cite a source");

    // Rate: verdict, confidence, rationale, save.
    const rating = page.getByTestId("rating-panel");
    await keys.tabTo(rating.getByLabel(w.verdict), { back: true, most: 80 });
    if (locale === "en") await keys.type("m");
    else await keys.press("ArrowDown");
    await expect(rating.getByLabel(w.verdict)).not.toHaveValue("");
    // Tab enters the confidence group on one of its levels; Space chooses it.
    await keys.tabTo(rating.getByRole("radio"));
    await keys.press("Space");
    await expect(rating.getByRole("radio", { checked: true })).toHaveCount(1);
    await keys.tabTo(rating.getByLabel(w.rationale));
    await keys.type("The command's own statement says so.");
    await keys.tabTo(rating.getByRole("button", { name: w.saveRating }));
    await keys.press("Enter");
    await expect(rating.getByText(w.ratingSaved)).toBeVisible();
    keys.step("rate");

    // Submit for review.
    const workflow = page.getByTestId("workflow-panel");
    await keys.tabTo(workflow.getByRole("button", { name: w.submit }));
    await keys.press("Enter");
    await keys.tabTo(workflow.getByRole("button", { name: w.confirm }));
    await keys.press("Enter");
    await expect(workflow.getByTestId("claim-status")).toHaveText(w.inReview);
    keys.step("submit");

    const count = `core loop by keyboard (${locale}): ${keys.moves} key presses to move and act (${keys.breakdown()}), plus ${keys.typed} characters typed`;
    console.log(count);
    await page.screenshot({ path: `test-results/screenshots/keyboard-walk-${locale}.png`, fullPage: true });
    testInfo.annotations.push({ type: "keyboard", description: count });
    // Before, the loop could not be finished from the keyboard at all (the text took no focus, so no
    // claim could be made; 72 Tab presses went to the rest). Now 86 moves on the demo data alone, ~135 after
    // the whole suite has filled the lists this walk tabs through (articles above this one, sources matching
    // the search). The guard catches focus falling back to the top of the page again, which costs dozens per step.
    expect(keys.moves).toBeLessThanOrEqual(160);
  });
