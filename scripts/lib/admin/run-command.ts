/**
 * Runs one admin command through the operator use cases in lib/server. Loaded with a
 * dynamic import, once the Prisma client exists and DATABASE_URL is set.
 */
import { disconnectDb } from "../../../lib/db";
import { createApiTokenAsOperator } from "../../../lib/server/api-tokens/create-api-token-as-operator";
import { rotateSigningKeyAsOperator } from "../../../lib/server/reports/rotate-signing-key";
import { createTeamAsOperator } from "../../../lib/server/teams/create-team";
import { listTeamsAsOperator } from "../../../lib/server/teams/list-teams";
import { accountExistsAsOperator } from "../../../lib/server/users/account-exists";
import { disableUserAsOperator } from "../../../lib/server/users/disable-user";
import { resetUserPasswordAsOperator } from "../../../lib/server/users/reset-user-password";
import { CliError } from "./cli-error";
import type { AdminCommand } from "./commands";
import { readNewPassword } from "./read-password";

type Command<K extends AdminCommand["kind"]> = Extract<AdminCommand, { kind: K }>;

export async function runAdminCommand(command: Exclude<AdminCommand, { kind: "help" }>): Promise<void> {
  try {
    if (command.kind === "create-team") await createTeam(command);
    else if (command.kind === "list-teams") await listTeams();
    else if (command.kind === "reset-password") await resetPassword(command);
    else if (command.kind === "rotate-key") await rotateKey(command);
    else if (command.kind === "create-token") await createToken(command);
    else await disableUser(command);
  } finally {
    await disconnectDb();
  }
}

async function createTeam(command: Command<"create-team">): Promise<void> {
  // Ask for a password only when a new account will use it.
  const hasAccount = await accountExistsAsOperator(command.adminEmail);
  const password = hasAccount ? undefined : await readNewPassword(`Password for the new account ${command.adminEmail}`);
  const created = await createTeamAsOperator({
    teamName: command.teamName,
    adminEmail: command.adminEmail,
    adminName: command.adminName ?? command.adminEmail.split("@")[0]!,
    password,
  });
  const account = created.newAccount ? "a new account" : "an existing account, password unchanged";
  console.log(`Created team "${created.teamName}" (${created.teamId}); admin: ${command.adminEmail} (${account}).`);
}

async function listTeams(): Promise<void> {
  const teams = await listTeamsAsOperator();
  if (teams.length === 0) {
    console.log('No teams yet. Create one: npm run admin -- create-team "<team name>" --admin <email>');
    return;
  }
  const width = Math.max(4, ...teams.map((team) => team.name.length));
  console.log(`${"NAME".padEnd(width)}  ${"ID".padEnd(36)}  MEMBERS  ADMINS`);
  for (const team of teams) {
    const admins = team.admins.join(", ") || "(no active admin)";
    console.log(`${team.name.padEnd(width)}  ${team.teamId}  ${String(team.activeMembers).padStart(7)}  ${admins}`);
  }
}

async function resetPassword(command: Command<"reset-password">): Promise<void> {
  // Refuse an unknown email before asking for a password that would be thrown away.
  if (!(await accountExistsAsOperator(command.email))) throw new CliError(`No account has the email ${command.email}.`);
  const password = await readNewPassword(`New password for ${command.email}`);
  await resetUserPasswordAsOperator({ email: command.email, password });
  console.log(`Password of ${command.email} reset; its existing sessions are signed out.`);
}

async function disableUser(command: Command<"disable-user">): Promise<void> {
  const result = await disableUserAsOperator({ email: command.email });
  const teams =
    result.teams.length > 0 ? `in ${result.teams.map((name) => `"${name}"`).join(", ")}` : "(no active memberships)";
  console.log(`Disabled ${command.email} ${teams}; its sessions are signed out.`);
  for (const name of result.teamsWithoutAdmin) {
    console.error(`Warning: team "${name}" has no active admin now.`);
  }
}

async function rotateKey(command: Command<"rotate-key">): Promise<void> {
  const rotated = await rotateSigningKeyAsOperator({ teamName: command.teamName });
  console.log(`Team "${rotated.teamName}" now signs with key ${rotated.fingerprint}; the old key stays published.`);
}

async function createToken(command: Command<"create-token">): Promise<void> {
  const { teamSlug, email, name, role, expiresOn } = command;
  const created = await createApiTokenAsOperator({ teamSlug, email, name, role, expiresOn });
  const { apiToken } = created;
  const expiry = apiToken.expiresAt ? `expires ${apiToken.expiresAt}` : "no expiry";
  console.error(
    `Created API token "${apiToken.name}" (${apiToken.prefix}) of team "${created.teamName}" as ${email}: role ${apiToken.role}, ${expiry}.`,
  );
  console.error("It is shown this once; only its hash is stored. Revoke it on the Team page.");
  // The token alone on standard output, so `npm run admin -- create-token ... > file` keeps just it.
  console.log(created.token);
}
