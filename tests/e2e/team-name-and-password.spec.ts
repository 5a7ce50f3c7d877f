import pg from "pg";
import { acceptAsNewPerson, inviteByEmail } from "./invitation-steps";
import { ACCOUNTS, E2E_PASSWORD, expect, signIn, test } from "./support";

const DEMO_TEAM = "Demo Newsroom";

// Other specs expect the demo team's name: put it back even if a step below failed midway.
test.afterAll(async () => {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    await client.query(`UPDATE "Team" SET name = $1 WHERE slug = 'demo'`, [DEMO_TEAM]);
  } finally {
    await client.end();
  }
});

test("an admin renames the team and sees the new name at once", async ({ page }) => {
  await signIn(page, ACCOUNTS.ADMIN.email);
  await page.getByRole("link", { name: "Team" }).click();
  const form = page.getByTestId("rename-team-form");
  const name = form.getByLabel("Team name");
  await expect(name).toHaveValue(DEMO_TEAM);

  // Only spaces: refused with a field error, and what was typed stays.
  await name.fill("   ");
  await form.getByRole("button", { name: "Rename team" }).click();
  await expect(form.getByText("This field is required.")).toBeVisible();
  await expect(name).toHaveValue("   ");

  await name.fill("  Harem Verification Desk ");
  await form.getByRole("button", { name: "Rename team" }).click();
  await expect(page.getByTestId("rename-team-feedback")).toHaveText("The team is now called Harem Verification Desk.");
  await expect(page.getByTestId("team-switcher")).toContainText("Harem Verification Desk");
  await page.reload();
  await expect(page.getByTestId("team-switcher")).toContainText("Harem Verification Desk");

  await page.getByTestId("rename-team-form").getByLabel("Team name").fill(DEMO_TEAM);
  await page.getByTestId("rename-team-form").getByRole("button", { name: "Rename team" }).click();
  await expect(page.getByTestId("team-switcher")).not.toContainText("Harem Verification Desk");
  await expect(page.getByTestId("team-switcher")).toContainText(DEMO_TEAM);
});

test("a member changes their password: their other sessions end, this one stays, the new password signs them in", async ({
  page,
  browser,
}) => {
  // A member of their own, so the demo accounts keep the password every other spec uses.
  const email = `paula-${Date.now()}@claimdesk.test`;
  const newPassword = "a fresh passphrase for Paula";
  await signIn(page, ACCOUNTS.ADMIN.email);
  await page.getByRole("link", { name: "Team" }).click();
  const link = await inviteByEmail(page, email, "VIEWER");

  // Paula accepts in one browser (which signs her in) and signs in in another.
  const here = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.91" } });
  const elsewhere = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.92" } });
  const herPage = await here.newPage();
  const herOtherPage = await elsewhere.newPage();
  await acceptAsNewPerson(herPage, link, "Paula Password", E2E_PASSWORD);
  await signIn(herOtherPage, email);

  await herPage.getByTestId("user-menu").click();
  await herPage.getByRole("menuitem", { name: "Your account" }).click();
  await expect(herPage.getByRole("heading", { name: "Your account" })).toBeVisible();
  const form = herPage.getByTestId("change-password-form");

  // A wrong current password changes nothing and keeps what she typed.
  await form.getByLabel("Current password").fill("not my password");
  await form.getByLabel("New password", { exact: true }).fill(newPassword);
  await form.getByLabel("Repeat the new password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(herPage.getByTestId("change-password-feedback")).toHaveText(
    "The current password is not correct. Nothing was changed.",
  );
  await expect(form.getByLabel("New password", { exact: true })).toHaveValue(newPassword);

  await form.getByLabel("Current password").fill(E2E_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(herPage.getByTestId("change-password-feedback")).toHaveText(
    "Your password was changed. Your other sessions were signed out; this one stays signed in.",
  );

  // The other browser is signed out; this one is not. The new password signs her in over there.
  await herOtherPage.reload();
  await expect(herOtherPage).toHaveURL(/\/login$/);
  await herPage.reload();
  await expect(herPage.getByRole("heading", { name: "Your account" })).toBeVisible();
  await signIn(herOtherPage, email, newPassword);
  await expect(herOtherPage.getByRole("button", { name: /Paula Password/ })).toBeVisible();
  await here.close();
  await elsewhere.close();
});
