import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDemoData, type SeededAccount } from "../../prisma/seed";
import { appRoleProblems, ensureAppRole, grantAppRole } from "./app-role";
import { migrateDeploy } from "./prisma-cli";

export type PreparedDatabase = {
  seeded: SeededAccount[] | null;
  teamCount: number;
  /** Why the app's role could rewrite the audit trail (see app-role.ts); empty when it cannot. */
  roleProblems: string[];
};

/** Where the app connects, and (when it is another role) where migrations run as the tables' owner. */
export interface DatabaseUrls {
  app: string;
  owner?: string;
}

/**
 * Applies committed migrations as the owner, gives the app's role its rights (creating it when
 * asked: the embedded server), then seeds the demo team when asked (and only if it is missing).
 * Imported after `prisma generate`: the client it uses is generated code.
 */
export async function prepareDatabase(
  urls: DatabaseUrls,
  options: { seedDemo: boolean; password?: string; createAppRole?: { name: string; password: string } },
): Promise<PreparedDatabase> {
  const owner = urls.owner ?? urls.app;
  await migrateDeploy(owner);
  if (options.createAppRole) await ensureAppRole(owner, options.createAppRole);
  else if (owner !== urls.app) await grantAppRole(owner, decodeURIComponent(new URL(urls.app).username));
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: owner }) });
  try {
    const seeded = options.seedDemo ? await seedDemoData(db, { password: options.password }) : null;
    return { seeded, teamCount: await db.team.count(), roleProblems: await appRoleProblems(urls.app) };
  } finally {
    await db.$disconnect();
  }
}

/** Said loudly at start-up: the audit trail is only as safe as the role the app connects as. */
export function printRoleWarning(problems: string[]): void {
  if (problems.length === 0) return;
  console.warn(
    [
      "",
      "  ************************************************************************************",
      "  WARNING: the audit trail is not protected from the app:",
      ...problems.map((problem) => `    - ${problem}.`),
      "  Connect the app as a role without superuser, ownership or TRIGGER (DATABASE_URL) and",
      '  run migrations as the owner (DATABASE_OWNER_URL): see README, "Database roles".',
      "  ************************************************************************************",
      "",
    ].join("\n"),
  );
}

/** Connects once, with a short timeout; returns a sentence saying what to fix, or null when fine. */
export async function databaseProblem(databaseUrl: string, variable = "DATABASE_URL"): Promise<string | null> {
  const url = new URL(databaseUrl);
  const where = `${url.hostname}:${url.port || 5432}`;
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const database = decodeURIComponent(url.pathname.slice(1));
    const user = decodeURIComponent(url.username);
    if (code === "ECONNREFUSED") return `Nothing answers at ${where}: start PostgreSQL there or correct ${variable}.`;
    if (code === "ENOTFOUND" || code === "EAI_AGAIN")
      return `The database host "${url.hostname}" is unknown: correct ${variable}.`;
    if (code === "28P01" || code === "28000")
      return `PostgreSQL at ${where} refused user "${user}": check the user name and password in ${variable}.`;
    if (code === "3D000")
      return `The database "${database}" does not exist on ${where}: create it (createdb ${database}) or correct ${variable}.`;
    return `Could not connect to PostgreSQL at ${where} (${error instanceof Error ? error.message : code}): check ${variable}.`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function printAccounts(accounts: SeededAccount[]): void {
  const width = Math.max(...accounts.map((account) => account.email.length));
  console.log("\n  Demo accounts (shown once; sign in at the address below):\n");
  for (const account of accounts)
    console.log(`    ${account.role.padEnd(13)} ${account.email.padEnd(width)}  ${account.password}`);
  console.log("");
}

export function printFirstTeamHelp(): void {
  console.log(
    [
      "",
      "  This database has no team yet. Create the first one and its admin:",
      "",
      '    npm run admin -- create-team "Your Newsroom" --admin you@example.org',
      "",
      "  (the password is asked for at a hidden prompt; `npm run admin -- --help` lists the other commands).",
      "  For the demo team and its sample articles instead, start once with CLAIMDESK_SEED_DEMO=1.",
      "",
    ].join("\n"),
  );
}
