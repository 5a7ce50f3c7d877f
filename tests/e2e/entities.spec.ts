import { ACCOUNTS, expect, seriousViolations, signIn, test } from "./support";

test("a fact-checker finds an entity by any spelling and adds one with aliases in two scripts", async ({ page }) => {
  await signIn(page, ACCOUNTS.FACT_CHECKER.email);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Entities" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Entities" })).toBeVisible();

  // Without hamza, with diacritics: the same person.
  for (const spelling of ["اومسين", "أُومْسِين", "Diaby"]) {
    await page.getByLabel("Find by any name or spelling").fill(spelling);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByTestId("entities-table").getByRole("row")).toHaveCount(2);
    await expect(page.getByTestId("entities-table")).toContainText("Omar Omsen");
  }

  await page.getByRole("button", { name: "Add entity" }).click();
  const form = page.getByTestId("entity-form");
  await form.getByLabel("Name", { exact: true }).fill("Hayat Tahrir al-Sham");
  await form.getByLabel("Kind").selectOption("ARMED_GROUP");
  await form.getByLabel("Other names").fill("HTS\nهيئة تحرير الشام");
  await form.getByLabel("Same as (links)").fill("not a link");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByText("Enter a full http:// or https:// address.")).toBeVisible();
  await expect(form.getByLabel("Name", { exact: true })).toHaveValue("Hayat Tahrir al-Sham");
  await form.getByLabel("Same as (links)").fill("");
  await form.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Hayat Tahrir al-Sham saved.")).toBeVisible();

  await page.getByLabel("Find by any name or spelling").fill("هيئة تحرير");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByTestId("entities-table")).toContainText("هيئة تحرير الشام");
  expect(await seriousViolations(page)).toEqual([]);
});

test("a viewer sees entities but cannot add or edit them", async ({ page }) => {
  await signIn(page, ACCOUNTS.VIEWER.email);
  await page.goto("/entities");
  await expect(page.getByTestId("entities-table")).toContainText("Syrian Observatory for Human Rights");
  await expect(page.getByRole("button", { name: "Add entity" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(0);
});
