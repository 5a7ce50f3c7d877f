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

const shot = (name: string) => `test-results/screenshots/tags-${name}.png`;

test("an admin creates a tag, a fact-checker tags a claim and filters the claim list by it, in English and Arabic", async ({
  page,
  browser,
}) => {
  // Two people, two languages, axe on six pages: longer than one page's walk.
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const name = `Harem ${run}`;

  // The admin adds the tag on the team's tags page.
  await signIn(page, ACCOUNTS.ADMIN.email);
  await page.getByRole("link", { name: "Team" }).click();
  await page.getByRole("link", { name: "Tags" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tags" })).toBeVisible();
  await page.getByRole("button", { name: "Add a tag" }).click();
  const form = page.getByTestId("tag-form");
  await form.getByLabel("Name").fill(name);
  // The palette's swatches are radios named by their colour, chosen with the keyboard.
  await form.getByRole("radio", { name: "Green" }).focus();
  await page.keyboard.press("Space");
  await expect(form.getByRole("radio", { name: "Green" })).toBeChecked();
  // A colour that is not one is refused before it is sent.
  await form.getByLabel("Or another colour (#rrggbb)").fill("#12z");
  await expect(form.getByText("Write a colour as # followed by six hexadecimal digits")).toBeVisible();
  await expect(form.getByRole("button", { name: "Save" })).toBeDisabled();
  await form.getByLabel("Or another colour (#rrggbb)").fill("");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Tag saved.")).toBeVisible();
  const row = page.getByTestId("tags-table").getByRole("row").filter({ hasText: name });
  await expect(row.getByTestId("tag-chip")).toHaveText(name);
  await expect(row).toContainText("0 claims, 0 articles");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: shot("admin-en"), fullPage: true });
  await chooseLanguage(page, "ar");
  await expect(page.getByRole("heading", { level: 1, name: "الوسوم" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: shot("admin-ar"), fullPage: true });
  await chooseLanguage(page, "en");

  // The fact-checker tags a new claim with the keyboard-usable picker.
  const context = await browser.newContext();
  const checker = await context.newPage();
  await signIn(checker, ACCOUNTS.FACT_CHECKER.email);
  await importArticleByPaste(
    checker,
    `Tagged ${run}`,
    `The ministry said ${run} twelve people were hurt. The governor denied it on Tuesday.`,
  );
  const claimUrl = await claimSelection(checker, `The ministry said ${run} twelve people were hurt.`, "EVENT");
  const editor = checker.getByTestId("tag-editor");
  await expect(editor).toContainText("No tags.");
  await editor.getByTestId("tag-picker").focus();
  await editor.getByTestId("tag-picker").selectOption({ label: name });
  await checker.keyboard.press("Tab");
  await expect(editor.getByRole("button", { name: "Add a tag" })).toBeFocused();
  await checker.keyboard.press("Enter");
  await expect(editor.getByTestId("tag-chip")).toHaveText(name);
  await expect(editor.getByText("Tags updated.")).toBeVisible();
  // Kept after a reload, and removable by its named button.
  await checker.goto(claimUrl);
  await expect(checker.getByTestId("tag-editor").getByTestId("tag-chip")).toHaveText(name);
  await expect(checker.getByRole("button", { name: `Remove tag ${name}` })).toBeVisible();
  expect(await seriousViolations(checker)).toEqual([]);
  await checker.screenshot({ path: shot("claim-en"), fullPage: true });

  // The claim list filtered by the tag: only this claim, with its chip.
  await checker.goto("/search");
  await checker.getByRole("combobox", { name: /^Tag\b/ }).selectOption({ label: name });
  await checker.getByRole("button", { name: "Search" }).click();
  await expect(checker).toHaveURL(/tagId=/);
  // The result rows (each row's chips are a list of their own).
  const results = checker.getByTestId("claim-results").locator(":scope > li");
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(`The ministry said ${run}`);
  await expect(results.first().getByTestId("tag-chip")).toHaveText(name);
  expect(await seriousViolations(checker)).toEqual([]);
  await checker.screenshot({ path: shot("search-en"), fullPage: true });

  await chooseLanguage(checker, "ar");
  await expect(checker.getByRole("combobox", { name: /^الوسم/ })).toBeVisible();
  await expect(results).toHaveCount(1);
  expect(await seriousViolations(checker)).toEqual([]);
  await checker.screenshot({ path: shot("search-ar"), fullPage: true });
  await checker.goto(claimUrl);
  await expect(checker.getByTestId("tag-editor")).toContainText("الوسوم");
  expect(await seriousViolations(checker)).toEqual([]);
  await checker.screenshot({ path: shot("claim-ar"), fullPage: true });
  await chooseLanguage(checker, "en");
  await context.close();
});
