import { acceptAsNewPerson, inviteByEmail } from "./invitation-steps";
import {
  ACCOUNTS,
  chooseLanguage,
  E2E_PASSWORD,
  expect,
  seriousViolations,
  signIn,
  test,
  withDatabase,
} from "./support";

const SECOND_TEAM = "Second Desk";

// A second team, with the demo admin as its admin, for the sign-in path; removed afterwards so the
// other specs see the demo team alone (its memberships and invitations go with it).
test.afterAll(async () => {
  await withDatabase((client) => client.query(`DELETE FROM "Team" WHERE slug = 'second-desk-e2e'`));
});

test("an admin invites someone new, who opens the link in their own browser, chooses a password and lands in the team", async ({
  page,
  browser,
}, testInfo) => {
  const email = `nadia-${Date.now()}@claimdesk.test`;
  await signIn(page, ACCOUNTS.ADMIN.email);
  await page.getByRole("link", { name: "Team" }).click();

  // Refused by the server (the browser accepts a@b), with the field's own message.
  const form = page.getByTestId("invite-member-form");
  await form.getByLabel("Email").fill("nadia@localhost");
  await form.getByRole("button", { name: "Create invitation link" }).click();
  await expect(form.getByText("Enter a valid email address.")).toBeVisible();

  const link = await inviteByEmail(page, email, "FACT_CHECKER");
  await expect(page.getByTestId(`invitation-${email}`)).toContainText("Fact-checker");
  await page.screenshot({ path: testInfo.outputPath("team-invited.png"), fullPage: true });

  // The invitee's browser: no session, no cookies shared with the admin's.
  const theirs = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.81" } });
  const theirPage = await theirs.newPage();
  await theirPage.goto(link);
  await expect(theirPage.getByRole("heading", { name: "Join Demo Newsroom on ClaimDesk" })).toBeVisible();
  await expect(theirPage.getByTestId("invite-summary")).toHaveText(
    `${ACCOUNTS.ADMIN.name} invited you to join Demo Newsroom as Fact-checker.`,
  );
  await expect(theirPage.getByRole("link", { name: "Sign in to accept" })).toHaveAttribute(
    "href",
    `/login?callbackUrl=${encodeURIComponent(new URL(link).pathname)}`,
  );
  await theirPage.screenshot({ path: testInfo.outputPath("invite-en.png"), fullPage: true });
  expect(await seriousViolations(theirPage)).toEqual([]);
  await chooseLanguage(theirPage, "ar");
  await expect(theirPage.getByRole("heading", { name: "انضم إلى Demo Newsroom على ClaimDesk" })).toBeVisible();
  await theirPage.screenshot({ path: testInfo.outputPath("invite-ar.png"), fullPage: true });
  expect(await seriousViolations(theirPage)).toEqual([]);
  await chooseLanguage(theirPage, "en");

  // Two passwords that differ are refused, and what was typed stays.
  const newAccount = theirPage.getByTestId("new-account-form");
  await newAccount.getByLabel("Your name").fill("Nadia Newcomer");
  await newAccount.getByLabel("Password", { exact: true }).fill(E2E_PASSWORD);
  await newAccount.getByLabel("Repeat the password").fill("something else");
  await newAccount.getByRole("button", { name: "Create my account and join" }).click();
  await expect(newAccount.getByText("The two new passwords do not match.")).toBeVisible();
  await expect(newAccount.getByLabel("Your name")).toHaveValue("Nadia Newcomer");

  await acceptAsNewPerson(theirPage, link, "Nadia Newcomer", E2E_PASSWORD);
  await expect(theirPage.getByTestId("team-switcher")).toContainText("Demo Newsroom");
  await theirPage.getByTestId("user-menu").click();
  await expect(theirPage.getByTestId("current-role")).toContainText("Fact-checker in Demo Newsroom");
  await theirPage.keyboard.press("Escape");

  // The link is used up; the admin sees a member where the invitation was.
  await theirPage.goto(link);
  await expect(theirPage.getByTestId("invite-status")).toHaveText(
    "This invitation has been used already. If that was you, sign in.",
  );
  await page.reload();
  await expect(page.getByTestId(`invitation-${email}`)).toHaveCount(0);
  await expect(page.getByTestId(`member-${email}`)).toContainText("Nadia Newcomer");
  await theirs.close();
});

test("an existing account accepts by signing in, lands in the new team, and its password stays its own", async ({
  page,
  browser,
}) => {
  await withDatabase(async (client) => {
    const team = await client.query<{ id: string }>(
      `INSERT INTO "Team" (id, name, slug) VALUES (gen_random_uuid(), $1, 'second-desk-e2e') RETURNING id`,
      [SECOND_TEAM],
    );
    await client.query(
      `INSERT INTO "Membership" (id, "userId", "teamId", role, "updatedAt")
       SELECT gen_random_uuid(), id, $1, 'ADMIN', now() FROM "User" WHERE email = $2`,
      [team.rows[0]!.id, ACCOUNTS.ADMIN.email],
    );
  });
  await signIn(page, ACCOUNTS.ADMIN.email);
  await page.getByTestId("team-switcher").click();
  await page.getByRole("menuitem", { name: SECOND_TEAM }).click();
  await expect(page.getByTestId("team-switcher")).toContainText(SECOND_TEAM);
  await page.getByRole("link", { name: "Team" }).click();
  const link = await inviteByEmail(page, ACCOUNTS.VIEWER.email, "EDITOR");

  // A revoked link stops working; a new one is made.
  await page.getByRole("button", { name: `Revoke the invitation of ${ACCOUNTS.VIEWER.email}` }).click();
  await expect(page.getByTestId("invitations-feedback")).toHaveText(
    `The invitation of ${ACCOUNTS.VIEWER.email} was revoked: its link no longer works.`,
  );
  const theirs = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.51.100.82" } });
  const theirPage = await theirs.newPage();
  await theirPage.goto(link);
  await expect(theirPage.getByTestId("invite-status")).toContainText("This invitation was withdrawn");
  const fresh = await inviteByEmail(page, ACCOUNTS.VIEWER.email, "EDITOR");

  // Someone else signed in there is told so, and nothing is attached.
  await signIn(theirPage, ACCOUNTS.EDITOR.email);
  await theirPage.goto(fresh);
  await expect(theirPage.getByTestId("invite-status")).toContainText(
    `You are signed in as ${ACCOUNTS.EDITOR.email}, but this invitation is for ${ACCOUNTS.VIEWER.email}.`,
  );
  await theirPage.getByRole("button", { name: "Sign out" }).click();
  await expect(theirPage).toHaveURL(fresh);

  // The invitee signs in from the invitation, comes back to it, and joins.
  await theirPage.getByRole("link", { name: "Sign in to accept" }).click();
  await expect(theirPage).toHaveURL(/\/login\?callbackUrl=%2Finvite%2F/);
  await theirPage.getByLabel("Email").fill(ACCOUNTS.VIEWER.email);
  await theirPage.getByLabel("Password").fill(E2E_PASSWORD);
  await theirPage.getByRole("button", { name: "Sign in" }).click();
  await expect(theirPage).toHaveURL(fresh);
  await theirPage.getByRole("button", { name: `Join ${SECOND_TEAM}` }).click();
  await expect(theirPage).toHaveURL(/\/$/);
  await expect(theirPage.getByTestId("team-switcher")).toContainText(SECOND_TEAM);
  await theirPage.getByTestId("user-menu").click();
  await expect(theirPage.getByTestId("current-role")).toContainText(`Editor in ${SECOND_TEAM}`);

  // The second team's admin cannot reset the password of an account that is in another team too.
  await page.reload();
  const row = page.getByTestId(`member-${ACCOUNTS.VIEWER.email}`);
  await row.getByRole("button", { name: "Reset password" }).click();
  await row.getByLabel("New password").fill("taken-over-password");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("members-feedback")).toContainText("This account also belongs to another team");
  await theirs.close();
});
