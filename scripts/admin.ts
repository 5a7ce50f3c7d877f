/**
 * `npm run admin -- <command>`: operator commands (create a team, list teams, reset a
 * password, disable a user) for whoever runs this server. `--help` lists them. The use
 * cases live in lib/server; this file parses, prepares the database and reports.
 */
import { existsSync } from "node:fs";
import { register } from "node:module";
import path from "node:path";
import { isAppError } from "../lib/errors";
import { CliError } from "./lib/admin/cli-error";
import { parseAdminCommand, type AdminCommand } from "./lib/admin/commands";
import { withDatabase } from "./lib/admin/database";
import { migrateDeploy, runPrisma } from "./lib/prisma-cli";

const ROOT = path.resolve(import.meta.dirname, "..");

async function main(): Promise<number> {
  const command = parseAdminCommand(process.argv.slice(2));
  if (command.kind === "help") {
    console.log(command.text);
    return 0;
  }
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  // The client is generated, not committed: a fresh clone has none yet.
  if (!existsSync(path.join(ROOT, "lib", "generated", "prisma", "client.ts"))) await runPrisma(["generate"]);
  await withDatabase(async (databaseUrl) => {
    // Migrations run as the tables' owner when the app has a role of its own (README, "Database roles").
    await migrateDeploy(process.env.DATABASE_OWNER_URL ?? databaseUrl);
    process.env.DATABASE_URL = databaseUrl;
    await runWithUseCases(command);
  });
  return 0;
}

async function runWithUseCases(command: Exclude<AdminCommand, { kind: "help" }>): Promise<void> {
  register("./lib/server-only-hooks.mjs", import.meta.url);
  const { runAdminCommand } = await import("./lib/admin/run-command");
  await runAdminCommand(command);
}

/** One line for the operator; Prisma's multi-line errors are cut to their last, telling line. */
function describe(error: unknown): string {
  if (error instanceof CliError) return error.message;
  if (isAppError(error)) return `${error.message}. Nothing was changed.`;
  const message = error instanceof Error ? error.message : String(error);
  return (
    message
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean)
      .at(-1) ?? "failed"
  );
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`admin: ${describe(error)}`);
    process.exit(error instanceof CliError && error.usage ? 2 : 1);
  },
);
