import { ACCOUNTS, chooseLanguage, expect, seriousViolations, signIn, test } from "./support";

for (const locale of ["en", "ar"] as const) {
  test(`login page has no serious axe violations (${locale})`, async ({ page }) => {
    await page.goto("/login");
    await chooseLanguage(page, locale);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/login-${locale}.png`, fullPage: true });
  });

  test(`signed-in shell has no serious axe violations (${locale})`, async ({ page }) => {
    await signIn(page, ACCOUNTS.ADMIN.email);
    await chooseLanguage(page, locale);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "ar" ? "المقالات" : "Articles");
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/shell-${locale}.png`, fullPage: true });

    await page.getByRole("link", { name: locale === "ar" ? "الفريق" : "Team" }).click();
    await expect(page.getByTestId("members-table")).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/team-${locale}.png`, fullPage: true });
  });
}

test("the shell works from the keyboard: skip link, then the menus", async ({ page }) => {
  await signIn(page, ACCOUNTS.EDITOR.email);
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main")).toBeFocused();

  await page.getByTestId("user-menu").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("menuitem", { name: "Sign out", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menuitem", { name: "Sign out", exact: true })).toHaveCount(0);
});
