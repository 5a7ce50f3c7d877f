import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "./apply-migrations";
import { run } from "./processes";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const PRISMA_CLI = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
const ENGINES_DIR = path.join(ROOT, "node_modules", "@prisma", "engines");

/**
 * Prisma's CLI needs a native schema engine, downloaded at install time from Prisma's own
 * server. It is used where that download worked (or PRISMA_SCHEMA_ENGINE_BINARY names one).
 */
export function nativeSchemaEngine(): string | null {
  const configured = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (configured && existsSync(configured)) return configured;
  const native = existsSync(ENGINES_DIR)
    ? readdirSync(ENGINES_DIR).find((name) => name.startsWith("schema-engine"))
    : undefined;
  return native ? path.join(ENGINES_DIR, native) : null;
}

/**
 * Runs the Prisma CLI. Without a native engine, `generate`, `validate` and `format` still
 * work (they run on WASM and only need the variable to name an existing file); `migrate`
 * and `db` need the native engine.
 */
export function runPrisma(args: string[], env: Record<string, string> = {}): Promise<void> {
  return run(process.execPath, [PRISMA_CLI, ...args], {
    cwd: ROOT,
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY: nativeSchemaEngine() ?? PRISMA_CLI,
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      ...env,
    },
  });
}

/** Applies the committed migrations: with Prisma's engine where it exists, else with our own runner. */
export async function migrateDeploy(databaseUrl: string): Promise<void> {
  if (nativeSchemaEngine()) await runPrisma(["migrate", "deploy"], { DATABASE_URL: databaseUrl });
  else await applyMigrations(databaseUrl);
}
