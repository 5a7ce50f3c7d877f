import { defineConfig } from "@playwright/test";

// scripts/test.ts prepares the database and the build, then passes these in.
const port = Number(process.env.E2E_PORT ?? 3100);
const databaseUrl = process.env.E2E_DATABASE_URL ?? "";
const fixturePort = Number(process.env.E2E_FIXTURE_PORT ?? 3101);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  // Tests walk whole user journeys (a dozen pages and forms); this bounds a hung test, each step keeps its own 10 s.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  globalSetup: "./tests/e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Without the background-networking flags Chromium floods the closed network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [
    {
      command: "node tests/e2e/fixture-site.mjs",
      url: `http://127.0.0.1:${fixturePort}/health`,
      reuseExistingServer: false,
      timeout: 10_000,
      env: { FIXTURE_PORT: String(fixturePort) },
    },
    {
      command: `node node_modules/next/dist/bin/next start -H 127.0.0.1 -p ${port}`,
      url: `http://127.0.0.1:${port}/login`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
        NODE_ENV: "production",
        APP_URL: `http://127.0.0.1:${port}`,
        // The fixture site, and nothing else on this machine, is fetchable in browser tests.
        SSRF_ALLOWLIST: `127.0.0.1:${fixturePort}`,
        // Tests play the reverse proxy: each test's last x-forwarded-for entry is its client address.
        // A list (not a hop count), so the server believes it only from its loopback peer.
        TRUSTED_PROXIES: "127.0.0.1,::1",
      },
    },
  ],
});
