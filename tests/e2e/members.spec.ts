import { ACCOUNTS, E2E_PASSWORD, expect, signIn, test } from "./support";

test("an admin adds a member, who is thrown out on the next request once disabled", async ({ page, browser }) => {
  const email = `reporter-${Date.now()}@claimdesk.test`;
  await signIn(page, ACCOUNTS.ADMIN.email);
  await page.getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { name: "Team members" })).toBeVisible();

  const form = page.getByTestId("add-member-form");
  await form.getByLabel("Name").fill("Rana Reporter");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption("FACT_CHECKER");
  await form.getByLabel("Initial password").fill("short");
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(form.getByText("The password must be at least 8 characters long.")).toBeVisible();

  await form.getByLabel("Initial password").fill(E2E_PASSWORD);
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("Rana Reporter was added.")).toBeVisible();
  const row = page.getByTestId(`member-${email}`);
  await expect(row).toContainText("Active");

  // The new member signs in in another browser.
  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.77" } });
  const theirPage = await other.newPage();
  await signIn(theirPage, email);
  await expect(theirPage.getByTestId("team-switcher")).toContainText("Demo Newsroom");

  // The admin disables them; their very next request finds them signed out.
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row).toContainText("Disabled");
  await theirPage.reload();
  await expect(theirPage).toHaveURL(/\/login$/);

  // And a role change reaches them on their next request once re-enabled.
  await row.getByRole("button", { name: "Enable" }).click();
  await expect(row).toContainText("Active");
  await row.getByLabel("Role of Rana Reporter").selectOption("EDITOR");
  await expect(page.getByText("Rana Reporter is now Editor.")).toBeVisible();
  // Disabling refused their requests without ending the session: once re-enabled, they are back in.
  await theirPage.goto("/");
  await theirPage.getByTestId("user-menu").click();
  await expect(theirPage.getByTestId("current-role")).toContainText("Editor in Demo Newsroom");

  // A password reset signs them out everywhere.
  await theirPage.keyboard.press("Escape");
  await row.getByRole("button", { name: "Reset password" }).click();
  await row.getByLabel("New password").fill("another-long-password");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("The password of Rana Reporter was reset")).toBeVisible();
  await theirPage.reload();
  await expect(theirPage).toHaveURL(/\/login$/);
  await other.close();
});
