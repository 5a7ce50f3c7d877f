import type { Page } from "@playwright/test";
import { expect } from "./support";

/** On the Team page: invites an email and returns the link shown to the admin. */
export async function inviteByEmail(page: Page, email: string, role: string): Promise<string> {
  const form = page.getByTestId("invite-member-form");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption(role);
  await form.getByRole("button", { name: "Create invitation link" }).click();
  // The box names the email once the new invitation is there (a link made before it goes away).
  await expect(page.getByTestId("invitation-created")).toContainText(email);
  const link = page.getByTestId("invitation-link");
  await expect(link).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  return link.inputValue();
}

/** The invitee, new to ClaimDesk, opens the link and chooses a name and password; they land in the team. */
export async function acceptAsNewPerson(page: Page, link: string, name: string, password: string): Promise<void> {
  await page.goto(link);
  const form = page.getByTestId("new-account-form");
  await form.getByLabel("Your name").fill(name);
  await form.getByLabel("Password", { exact: true }).fill(password);
  await form.getByLabel("Repeat the password").fill(password);
  await form.getByRole("button", { name: "Create my account and join" }).click();
  await expect(page).toHaveURL(/\/$/);
}
