/**
 * `npm test`: every check, in order — type check, lint, unit tests, integration tests on a
 * real PostgreSQL, end-to-end tests in Debian's Chromium. Stops at the first failure.
 * `npm test -- unit|integration|e2e` runs one stage (after generating the Prisma client);
 * words after the stage go to its runner (`npm test -- e2e same-claim` runs one spec).
 *
 * PostgreSQL is embedded (a throwaway cluster in a temp dir, removed afterwards) unless
 * TEST_DATABASE_URL names a server to use; every process started here is stopped here.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { ensureChromium } from "./lib/chromium";
import { ensureDebianTool } from "./lib/debian-tools";
import { EMBEDDED_APP_ROLE, ensureAppRole, urlAs } from "./lib/app-role";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres";
import { freePort } from "./lib/free-port";
import { migrateDeploy, runPrisma } from "./lib/prisma-cli";
import { onShutdown, run } from "./lib/processes";

const ROOT = path.resolve(import.meta.dirname, "..");
const bin = (pkg: string, file: string) => path.join(ROOT, "node_modules", pkg, file);
const node = (script: string, args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, [script, ...args], { cwd: ROOT, env: { ...process.env, ...env } });

type Stage = "typecheck" | "lint" | "unit" | "integration" | "e2e";
const ALL: Stage[] = ["typecheck", "lint", "unit", "integration", "e2e"];

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  const only = process.argv[2] as Stage | undefined;
  if (only && !ALL.includes(only)) throw new Error(`Unknown stage "${only}". Use one of: ${ALL.join(", ")}`);
  const stages = only ? [only] : ALL;
  const extra = process.argv.slice(3);

  await runPrisma(["generate"]);
  if (stages.includes("typecheck")) await step("Type check", () => node(bin("typescript", "bin/tsc"), ["--noEmit"]));
  if (stages.includes("lint")) {
    await step("Lint", () => node(bin("eslint", "bin/eslint.js"), ["--max-warnings", "0", "."]));
    await step("Formatting (Prettier)", () => node(bin("prettier", "bin/prettier.cjs"), ["--check", "."]));
  }
  if (stages.includes("unit"))
    await step("Unit tests", () => node(bin("vitest", "vitest.mjs"), ["run", "--project", "unit"]));

  if (!stages.includes("integration") && !stages.includes("e2e")) return;
  const database = await testDatabase();
  onShutdown(database.stop);
  try {
    // Chromium renders PDF reports and poppler reads them back, in integration and browser tests.
    const chromium = await ensureChromium("PDF reports and the browser tests");
    await ensureDebianTool("pdftotext", "poppler-utils");
    if (stages.includes("integration")) {
      const { app, owner } = await database.create("claimdesk_integration");
      await step("Integration tests", () =>
        node(bin("vitest", "vitest.mjs"), ["run", "--project", "integration", ...extra], {
          DATABASE_URL: app,
          DATABASE_OWNER_URL: owner,
          CHROMIUM_PATH: chromium,
          AUTH_SECRET: "integration-secret-not-for-production-0123456789",
          APP_URL: "https://claimdesk.test",
        }),
      );
    }
    if (stages.includes("e2e")) {
      const { app, owner } = await database.create("claimdesk_e2e");
      await step("Build for end-to-end tests", () =>
        node(bin("next", "dist/bin/next"), ["build"], { DATABASE_URL: app, NODE_ENV: "production" }),
      );
      const port = String(await freePort());
      const fixturePort = String(await freePort());
      await step("End-to-end tests", () =>
        node(bin("@playwright/test", "cli.js"), ["test", ...extra], {
          E2E_DATABASE_URL: app,
          E2E_DATABASE_OWNER_URL: owner,
          E2E_PORT: port,
          E2E_FIXTURE_PORT: fixturePort,
          CHROMIUM_PATH: chromium,
        }),
      );
    }
  } finally {
    await database.stop();
  }
}

interface TestDatabase {
  /** A migrated database, reached as the app's role and as the owner (as `npm start` sets them up). */
  create(name: string): Promise<{ app: string; owner: string }>;
  stop(): Promise<void>;
}

/** A migrated database per stage: on TEST_DATABASE_URL's server, or on a throwaway embedded one. */
async function testDatabase(): Promise<TestDatabase> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    return {
      async create() {
        await migrateDeploy(external);
        return { app: external, owner: external };
      },
      stop: async () => {},
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "claimdesk-test-pg-"));
  let postgres: RunningPostgres | undefined = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    persistent: false,
  });
  return {
    async create(name) {
      await postgres!.createDatabase(name);
      const owner = postgres!.urlFor(name);
      await migrateDeploy(owner);
      await ensureAppRole(owner, EMBEDDED_APP_ROLE);
      return { app: urlAs(owner, EMBEDDED_APP_ROLE), owner };
    },
    async stop() {
      const running = postgres;
      postgres = undefined;
      await running?.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function step(name: string, action: () => Promise<void>): Promise<void> {
  const started = Date.now();
  console.log(`\n▶ ${name}`);
  await action();
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

main().catch((error: unknown) => {
  console.error(`\n✘ ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
