import {
  ACCOUNTS,
  chooseLanguage,
  claimSelection,
  expect,
  importArticleByPaste,
  seriousViolations,
  signIn,
  test,
  withDatabase,
} from "./support";

const shot = (name: string) => `/tmp/shots/cases-${name}.png`;

test("a fact-checker opens a case by keyboard, adds an article with all its claims and a source; a viewer only reads", async ({
  page,
  browser,
  browserProblems,
}) => {
  // Two people, two languages, axe on several pages.
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const title = `Harem camp operation ${run}`;
  const articleTitle = `Harem strike report ${run}`;
  const sourceTitle = `SOHR statement ${run}`;
  await withDatabase((client) =>
    client.query(
      `INSERT INTO "Source" (id, "teamId", title, kind, "updatedAt")
       SELECT gen_random_uuid(), m."teamId", $1, 'NGO_REPORT', now()
       FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $2 LIMIT 1`,
      [sourceTitle, ACCOUNTS.FACT_CHECKER.email],
    ),
  );

  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await importArticleByPaste(
    page,
    articleTitle,
    `The observatory said ${run} five people were killed in Harem. The ministry denied it on Tuesday.`,
  );
  const claimUrl = await claimSelection(page, `The observatory said ${run} five people were killed in Harem.`, "EVENT");

  // The case, written with the keyboard only.
  await page.getByRole("link", { name: "Cases", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cases" })).toBeVisible();
  await page.getByRole("link", { name: "New case" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "New case" })).toBeVisible();
  const form = page.getByTestId("case-form");
  await form.getByLabel("Title").focus();
  await page.keyboard.type(title);
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Summary")).toBeFocused();
  await page.keyboard.type("Strikes on the camp; casualty figures conflict.");
  await page.keyboard.press("Tab");
  await expect(form.getByLabel("Lead")).toBeFocused();
  await form.getByLabel("Lead").selectOption({ label: ACCOUNTS.FACT_CHECKER.name });
  await form.getByLabel("From").fill("2025-10-05");
  await form.getByLabel("Until").fill("2025-10-03");
  await form.getByLabel("Places").focus();
  await page.keyboard.type("Harem");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Idlib");
  await form.getByRole("button", { name: "Create the case" }).focus();
  await page.keyboard.press("Enter");
  // An end before the start is refused, named at its field; nothing is created.
  await expect(form.getByText("The end of the period cannot be before its start.")).toBeVisible();
  await expect(form.getByLabel("Until")).toHaveAttribute("aria-invalid", "true");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: shot("new-en"), fullPage: true });
  await form.getByLabel("Until").fill("2025-10-07");
  await form.getByRole("button", { name: "Create the case" }).focus();
  await page.keyboard.press("Enter");

  // The members page of the new case, under its header and tabs.
  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]{36}\/members$/);
  const caseUrl = page.url().replace(/\/members$/, "");
  const header = page.getByTestId("case-header");
  await expect(header.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(header).toContainText(ACCOUNTS.FACT_CHECKER.name);
  await expect(header.getByRole("listitem")).toHaveText(["Harem", "Idlib"]);
  await expect(header).toContainText("0 articles, 0 claims, 0 sources");
  const tabs = page.getByRole("navigation", { name: "Case pages" });
  await expect(tabs.getByRole("link")).toHaveText(["Overview", "Timeline", "Members", "Report"]);
  await expect(tabs.getByRole("link", { name: "Members" })).toHaveAttribute("aria-current", "page");

  // The article, with all its claims, picked by typing.
  const articleForm = page.getByRole("form", { name: "Add the article" });
  await articleForm.getByRole("combobox", { name: "Article" }).focus();
  await page.keyboard.type(`strike report ${run}`);
  await expect(articleForm.getByRole("option", { name: articleTitle })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(articleForm.getByRole("combobox", { name: "Article" })).toHaveValue(articleTitle);
  await page.keyboard.press("Tab");
  await expect(articleForm.getByRole("radio", { name: "All its claims (also those split later)" })).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Article added to the case.")).toBeVisible();
  await expect(page.getByTestId("case-articles")).toContainText(articleTitle);
  await expect(page.getByTestId("case-articles")).toContainText("With all its claims, including later ones");

  // The source, likewise.
  const sourceForm = page.getByRole("form", { name: "Add the source" });
  await sourceForm.getByRole("combobox", { name: "Source" }).focus();
  await page.keyboard.type(sourceTitle);
  await expect(sourceForm.getByRole("option", { name: sourceTitle })).toBeVisible();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Source added to the case.")).toBeVisible();
  await expect(page.getByTestId("case-sources")).toContainText(sourceTitle);
  await expect(header).toContainText("1 article, 1 claim, 1 source");
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: shot("members-en"), fullPage: true });

  await chooseLanguage(page, "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("navigation", { name: "صفحات القضية" }).getByRole("link")).toHaveText([
    "نظرة عامة",
    "الخط الزمني",
    "المحتويات",
    "التقرير",
  ]);
  await expect(header).toContainText("مقال واحد، ادعاء واحد، مصدر واحد");
  await expect(page.getByTestId("case-sources")).toContainText(sourceTitle);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: shot("members-ar"), fullPage: true });
  await page.goto("/cases");
  await expect(page.getByTestId("cases-table").getByRole("row").filter({ hasText: title })).toContainText(
    ACCOUNTS.FACT_CHECKER.name,
  );
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: shot("list-ar"), fullPage: true });
  await chooseLanguage(page, "en");

  // The claim's page says which case it is in (through its article).
  await page.goto(claimUrl);
  const claimCases = page.getByTestId("cases-of-item");
  await expect(claimCases.getByRole("link", { name: title })).toHaveAttribute("href", new URL(caseUrl).pathname);
  await expect(claimCases).toContainText("through its article");
  // …and adds it to another case of the team with the control beside the list.
  const other = `Idlib strikes ${run}`;
  await withDatabase((client) =>
    client.query(
      `INSERT INTO "Case" (id, "teamId", title, "updatedAt")
       SELECT gen_random_uuid(), m."teamId", $1, now()
       FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $2 LIMIT 1`,
      [other, ACCOUNTS.FACT_CHECKER.email],
    ),
  );
  await page.reload();
  await claimCases.getByLabel("Add to a case").selectOption({ label: other });
  await claimCases.getByRole("button", { name: "Add to the case" }).click();
  await expect(claimCases.getByText("Added to the case.")).toBeVisible();
  await expect(claimCases.getByRole("link")).toHaveText([other, title]);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: shot("claim-en"), fullPage: true });

  // A viewer reads the case, with no form to change it.
  const context = await browser.newContext();
  const viewer = await context.newPage();
  await signIn(viewer, ACCOUNTS.VIEWER.email);
  await viewer.getByRole("link", { name: "Cases", exact: true }).click();
  await expect(viewer.getByRole("link", { name: title })).toBeVisible();
  await expect(viewer.getByRole("link", { name: "New case" })).toHaveCount(0);
  await viewer.goto(`${caseUrl}/members`);
  await expect(viewer.getByTestId("case-sources")).toContainText(sourceTitle);
  await expect(viewer.getByRole("form", { name: "Add the article" })).toHaveCount(0);
  await expect(viewer.getByRole("form", { name: "Add the source" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: /Remove/ })).toHaveCount(0);
  await expect(viewer.getByRole("link", { name: "Edit the case" })).toHaveCount(0);
  expect(await seriousViolations(viewer)).toEqual([]);
  await viewer.goto(claimUrl);
  await expect(viewer.getByTestId("cases-of-item").getByRole("link", { name: title })).toBeVisible();
  await expect(viewer.getByTestId("cases-of-item").getByRole("combobox")).toHaveCount(0);
  // Not a page for viewers: answered 404, which the browser logs.
  browserProblems.allow(/status of 404 .*\/cases\/new\)$/);
  const response = await viewer.goto("/cases/new");
  expect(response?.status()).toBe(404);
  await context.close();

  // The fact-checker renames the case on its edit page; deleting it is for editors.
  await page.goto(caseUrl + "/members");
  await page.getByRole("link", { name: "Edit the case" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Edit the case" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete the case…" })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await chooseLanguage(page, "ar");
  await expect(page.getByRole("heading", { level: 2, name: "تعديل القضية" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: shot("edit-ar"), fullPage: true });
  await chooseLanguage(page, "en");
  await page.getByTestId("case-form").getByLabel("Title").fill(`${title} (renamed)`);
  await page.getByRole("button", { name: "Save the case" }).click();
  await expect(page).toHaveURL(/\/members$/);
  await expect(header.getByRole("heading", { level: 1 })).toHaveText(`${title} (renamed)`);
});
