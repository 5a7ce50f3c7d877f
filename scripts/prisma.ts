/**
 * `npm run prisma -- <args>`: the Prisma CLI as the project runs it (see lib/prisma-cli).
 * `migrate`/`db` commands run as the tables' owner: DATABASE_OWNER_URL, else DATABASE_URL, or else
 * the embedded server of `npm start` (data in .data/postgres), started for the command and stopped after it.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { migrateDeploy, nativeSchemaEngine, runPrisma } from "./lib/prisma-cli";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEEDS_DATABASE = new Set(["migrate", "db"]);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  const deployOnly = args[0] === "migrate" && args[1] === "deploy";
  if (NEEDS_DATABASE.has(args[0] ?? "") && !deployOnly && !nativeSchemaEngine()) {
    throw new Error(
      `"prisma ${args.join(" ")}" needs Prisma's native schema engine, which could not be downloaded here. ` +
        "`migrate deploy` works without it; write new migrations on a machine with internet access (npm ci downloads the engine).",
    );
  }
  if (process.env.DATABASE_OWNER_URL && NEEDS_DATABASE.has(args[0] ?? ""))
    process.env.DATABASE_URL = process.env.DATABASE_OWNER_URL;
  let postgres: RunningPostgres | undefined;
  if (!process.env.DATABASE_URL && NEEDS_DATABASE.has(args[0] ?? "")) {
    const port = Number(process.env.CLAIMDESK_DB_PORT ?? 54329);
    postgres = await startEmbeddedPostgres({ dataDir: path.join(ROOT, ".data", "postgres"), port, persistent: true });
    await postgres.createDatabase("claimdesk");
    process.env.DATABASE_URL = postgres.urlFor("claimdesk");
  }
  try {
    if (deployOnly) await migrateDeploy(process.env.DATABASE_URL!);
    else await runPrisma(args);
  } finally {
    await postgres?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
