/**
 * `npm start`: one command from a fresh clone to a running ClaimDesk.
 * Without DATABASE_URL it runs an embedded PostgreSQL in .data/postgres; with it, it uses
 * that server and starts nothing. Migrates, seeds on first run, builds when sources
 * changed, serves on http://localhost:3000, and shuts everything down on Ctrl-C.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { sourceFingerprint } from "./lib/build-fingerprint";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { prepareDatabase, printAccounts } from "./lib/prepare-database";
import { runPrisma } from "./lib/prisma-cli";
import { onShutdown, run, stopChild } from "./lib/processes";

const ROOT = path.resolve(import.meta.dirname, "..");
const DATA = path.join(ROOT, ".data");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const dev = process.argv.includes("--dev");

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  let postgres: RunningPostgres | undefined;
  if (!process.env.DATABASE_URL) {
    const port = Number(process.env.CLAIMDESK_DB_PORT ?? 54329);
    console.log(`Starting embedded PostgreSQL (data in .data/postgres, port ${port})…`);
    postgres = await startEmbeddedPostgres({ dataDir: path.join(DATA, "postgres"), port, persistent: true });
    await postgres.createDatabase("claimdesk");
    process.env.DATABASE_URL = postgres.urlFor("claimdesk");
  }
  const stopDatabase = async () => {
    await postgres?.stop();
    postgres = undefined;
  };

  try {
    process.env.AUTH_SECRET ??= await persistentSecret("auth-secret");
    await runPrisma(["generate"]);
    const accounts = await prepareDatabase(process.env.DATABASE_URL);
    if (accounts) printAccounts(accounts);
    if (!dev) await buildIfNeeded();
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const port = process.env.PORT ?? "3000";
  const host = process.env.HOST ?? "127.0.0.1";
  const server = spawn(process.execPath, [NEXT_BIN, dev ? "dev" : "start", "-H", host, "-p", port], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: dev ? "development" : "production" },
  });
  console.log(`\nClaimDesk: http://localhost:${port}  (Ctrl-C stops the app${postgres ? " and its database" : ""})\n`);

  onShutdown(async () => {
    await stopChild(server);
    await stopDatabase();
  });
  server.on("exit", (code) => {
    void stopDatabase().finally(() => process.exit(code ?? 0));
  });
}

/** A secret generated on first run and kept in .data, so sessions survive restarts. */
async function persistentSecret(name: string): Promise<string> {
  const file = path.join(DATA, name);
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(DATA, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

async function buildIfNeeded(): Promise<void> {
  const stamp = path.join(ROOT, ".next", "claimdesk-source-fingerprint");
  const fingerprint = await sourceFingerprint(ROOT);
  const built = existsSync(path.join(ROOT, ".next", "BUILD_ID")) && existsSync(stamp) && (await readFile(stamp, "utf8")) === fingerprint;
  if (built) return;
  console.log("Building ClaimDesk (first run or sources changed)…");
  await run(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, env: { ...process.env, NODE_ENV: "production" } });
  await writeFile(stamp, fingerprint);
}

main().catch((error: unknown) => {
  console.error("\nClaimDesk could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
