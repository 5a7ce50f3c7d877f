import { acceptAsNewPerson, inviteByEmail } from "./invitation-steps";
import { ACCOUNTS, E2E_PASSWORD, expect, signIn, test } from "./support";

test("an admin invites a member, who is thrown out on the next request once disabled", async ({ page, browser }) => {
  const email = `reporter-${Date.now()}@claimdesk.test`;
  await signIn(page, ACCOUNTS.ADMIN.email);
  await page.getByRole("link", { name: "Team" }).click();
  await expect(page.getByRole("heading", { name: "Team members" })).toBeVisible();
  const link = await inviteByEmail(page, email, "FACT_CHECKER");

  // The new member accepts in another browser, with a password of their own.
  const other = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.77" } });
  const theirPage = await other.newPage();
  await acceptAsNewPerson(theirPage, link, "Rana Reporter", E2E_PASSWORD);
  await expect(theirPage.getByTestId("team-switcher")).toContainText("Demo Newsroom");
  await page.reload();
  const row = page.getByTestId(`member-${email}`);
  await expect(row).toContainText("Active");

  // The admin disables them; their very next request finds them signed out.
  await row.getByRole("button", { name: "Disable" }).click();
  await expect(row).toContainText("Disabled");
  await theirPage.reload();
  await expect(theirPage).toHaveURL(/\/login$/);

  // Disabling ended their session: once re-enabled, they sign in again.
  await row.getByRole("button", { name: "Enable" }).click();
  await expect(row).toContainText("Active");
  await signIn(theirPage, email);

  // A role change ends their sessions too; signed in again, they act with the new role.
  await row.getByLabel("Role of Rana Reporter").selectOption("EDITOR");
  await expect(page.getByText("Rana Reporter is now Editor.")).toBeVisible();
  await theirPage.reload();
  await expect(theirPage).toHaveURL(/\/login$/);
  await signIn(theirPage, email);
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
