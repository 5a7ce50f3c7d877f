import { ACCOUNTS, expect, signIn, test } from "./support";

test.describe("sign-in per role", () => {
  for (const [role, account] of Object.entries(ACCOUNTS)) {
    test(`${role} signs in, sees the demo team and signs out`, async ({ page }) => {
      await signIn(page, account.email);
      await expect(page.getByTestId("team-switcher")).toContainText("Demo Newsroom");
      await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
      // The two reference articles of the seed (other tests may have imported more).
      await expect(page.getByTestId("article-list")).toContainText("قوّات سورية تطوّق مخيّماً");
      await expect(page.getByTestId("article-list")).toContainText("توصلت قوات الأمن الداخلي السورية");

      const teamLink = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Team" });
      await expect(teamLink).toHaveCount(role === "ADMIN" ? 1 : 0);

      await page.getByTestId("user-menu").click();
      await expect(page.getByTestId("current-role")).toContainText("Demo Newsroom");
      await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
      await expect(page).toHaveURL(/\/login$/);
      await page.goto("/");
      await expect(page).toHaveURL(/\/login$/);
    });
  }

  test("the editor sees the two reference articles, Arabic titles right-to-left", async ({ page }) => {
    await signIn(page, ACCOUNTS.EDITOR.email);
    const annahar = page.getByRole("heading", { name: /قوّات سورية تطوّق مخيّماً/ }).last();
    await expect(annahar).toBeVisible();
    await expect(annahar).toHaveAttribute("dir", "rtl");
    await expect(annahar).toHaveAttribute("lang", "ar");
  });

  test("a non-admin is refused the team page", async ({ page, browserProblems }) => {
    await signIn(page, ACCOUNTS.EDITOR.email);
    browserProblems.allow(/status of 404 .*\/team\)$/);
    const response = await page.goto("/team");
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("members-table")).toHaveCount(0);
  });

  test("a wrong password gets a clear message and repeated attempts are rate-limited", async ({ page }) => {
    await page.goto("/login");
    const email = `nobody-${Date.now()}@claimdesk.test`;
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(`wrong-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      // Wait for this attempt's answer, not the previous one's identical message.
      await expect(page.getByTestId("login-error")).toHaveAttribute("data-attempt", String(attempt));
      await expect(page.getByTestId("login-error")).toHaveText("That email and password do not match an account.");
    }
    await page.getByLabel("Password").fill("wrong-6");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("login-error")).toHaveAttribute("data-attempt", "6");
    await expect(page.getByTestId("login-error")).toContainText("Too many sign-in attempts");
    // The email the person typed is kept.
    await expect(page.getByLabel("Email")).toHaveValue(email);
  });
});
