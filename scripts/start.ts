/**
 * `npm start`: one command from a fresh clone to a running ClaimDesk.
 * Checks the environment, then: without DATABASE_URL runs an embedded PostgreSQL in .data/postgres
 * (and seeds the demo team there); with it, uses that server and seeds nothing unless
 * CLAIMDESK_SEED_DEMO=1. Migrates, finds Chromium for PDF reports, builds when sources changed,
 * serves, and shuts everything down on Ctrl-C.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { checkEnv, type AppEnv } from "../lib/config/env";
import { buildIfSourcesChanged } from "./lib/build-fingerprint";
import { ensureChromium } from "./lib/chromium";
import { EMBEDDED_APP_ROLE, urlAs } from "./lib/app-role";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { runPrisma } from "./lib/prisma-cli";
import { onShutdown, stopChild } from "./lib/processes";

const ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const dev = process.argv.includes("--dev");

/** A problem the user can fix: printed as it is, without a stack. */
class StartProblem extends Error {}

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  const env = validatedEnv();
  const dataDir = path.resolve(ROOT, env.CLAIMDESK_DATA_DIR);
  await assertPortFree(env.HOST, env.PORT);

  // What has started so far: Ctrl-C at any point stops the app first, then its database.
  const running: { postgres?: RunningPostgres; server?: ChildProcess } = {};
  const stopDatabase = async () => {
    const postgres = running.postgres;
    running.postgres = undefined;
    await postgres?.stop();
  };
  onShutdown(async () => {
    if (running.server) await stopChild(running.server);
    await stopDatabase();
  });

  try {
    const embedded = !env.DATABASE_URL;
    let ownerUrl = env.DATABASE_OWNER_URL ?? env.DATABASE_URL;
    if (embedded) {
      await assertPortFree("127.0.0.1", env.CLAIMDESK_DB_PORT, "CLAIMDESK_DB_PORT");
      console.log(
        `Starting embedded PostgreSQL (data in ${path.relative(ROOT, dataDir) || "."}/postgres, port ${env.CLAIMDESK_DB_PORT})…`,
      );
      const postgres = await startEmbeddedPostgres({
        dataDir: path.join(dataDir, "postgres"),
        port: env.CLAIMDESK_DB_PORT,
        persistent: true,
      });
      running.postgres = postgres;
      await postgres.createDatabase("claimdesk");
      // Migrations run as the server's owner role; the app connects as its own, lesser role.
      ownerUrl = postgres.urlFor("claimdesk");
      process.env.DATABASE_URL = urlAs(ownerUrl, EMBEDDED_APP_ROLE);
    }
    process.env.AUTH_SECRET = env.AUTH_SECRET ?? (await persistentSecret(dataDir, "auth-secret"));
    await runPrisma(["generate"]);
    // Imported only now: it uses the Prisma client that `generate` has just written.
    const { databaseProblem, prepareDatabase, printAccounts, printFirstTeamHelp, printRoleWarning } =
      await import("./lib/prepare-database");
    for (const [url, variable] of [
      [ownerUrl!, env.DATABASE_OWNER_URL ? "DATABASE_OWNER_URL" : "DATABASE_URL"],
      ...(embedded ? [] : [[process.env.DATABASE_URL!, "DATABASE_URL"]]),
    ] as const) {
      const problem = await databaseProblem(url, variable);
      if (problem) throw new StartProblem(problem);
    }
    // Demo accounts belong on the embedded database only, or where someone asked for them.
    const prepared = await prepareDatabase(
      { app: process.env.DATABASE_URL!, owner: ownerUrl },
      {
        seedDemo: embedded || env.CLAIMDESK_SEED_DEMO === "1",
        createAppRole: embedded ? EMBEDDED_APP_ROLE : undefined,
      },
    );
    printRoleWarning(prepared.roleProblems);
    if (prepared.seeded) printAccounts(prepared.seeded);
    if (prepared.teamCount === 0) printFirstTeamHelp();
    await findChromiumForPdf();
    if (!dev) await buildIfSourcesChanged(ROOT, "Building ClaimDesk (first run or sources changed)…");
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  const server = spawn(process.execPath, [NEXT_BIN, dev ? "dev" : "start", "-H", env.HOST, "-p", String(env.PORT)], {
    stdio: "inherit",
    env: { ...process.env, APP_URL: env.APP_URL, NODE_ENV: dev ? "development" : "production" },
  });
  running.server = server;
  console.log(`\nClaimDesk: ${env.APP_URL}  (Ctrl-C stops the app${running.postgres ? " and its database" : ""})\n`);

  server.on("exit", (code) => {
    void stopDatabase().finally(() => process.exit(code ?? 0));
  });
}

/** The environment, checked before anything starts: one line per problem. */
function validatedEnv(): AppEnv {
  const check = checkEnv(process.env);
  if (check.ok) return check.env;
  const lines = check.problems.map((problem) => `  ${problem}`).join("\n");
  throw new StartProblem(
    `the environment has ${check.problems.length === 1 ? "a problem" : "problems"} (see .env.example):\n${lines}`,
  );
}

function assertPortFree(host: string, port: number, variable = "PORT"): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error: NodeJS.ErrnoException) => {
      const reason = error.code === "EADDRINUSE" ? "is in use" : `cannot be opened (${error.code})`;
      reject(
        new StartProblem(
          `port ${port} on ${host} ${reason}: stop what runs there or choose another with ${variable}=…`,
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** PDF reports need Chromium. Installed when missing and we are root; otherwise the app says what to install. */
async function findChromiumForPdf(): Promise<void> {
  try {
    process.env.CHROMIUM_PATH = await ensureChromium("PDF reports");
  } catch (error) {
    console.warn(
      `\n  Warning: ${error instanceof Error ? error.message : error}\n  Everything else works; the export panel says the same.\n`,
    );
  }
}

/** A secret generated on first run and kept in the data folder, so sessions survive restarts. */
async function persistentSecret(dataDir: string, name: string): Promise<string> {
  const file = path.join(dataDir, name);
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\nClaimDesk could not start: ${message}`);
  if (!(error instanceof StartProblem) && error instanceof Error && error.stack) console.error(error.stack);
  process.exit(1);
});
