import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { freePort } from "../../scripts/lib/free-port";
import { stopChild } from "../../scripts/lib/processes";
import type { SeededPagesTeam } from "../../scripts/bench/seed-pages";
import { expect, test } from "./support";

/**
 * Budgets of every main page (issue 15), at a team big enough that an unpaged list blows them:
 * HTML ≤ 250 KB, RSC payload ≤ 250 KB, ≤ 20 SQL statements per request, and a 200. The shared
 * e2e server runs the job worker and no SQL tally, so this file starts its own `next start` from
 * the same build, with CLAIMDESK_SQL_TALLY=1 and the worker off, and reads the statement count
 * around one request at a time (nothing else runs on that server meanwhile).
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const PASSWORD = "page-budgets-password";
const KB = 1024;
const BUDGET = { htmlBytes: 250 * KB, rscBytes: 250 * KB, statements: 20 };

interface BudgetedPage {
  name: string;
  path: (team: SeededPagesTeam) => string;
  public?: boolean;
  /**
   * Bytes a page may add for content that grows with one document, not with the team: the reader
   * shows an article's whole text, server-rendered (so it reads before any script) and therefore
   * also in the RSC payload the page hydrates from. Everything else on it keeps the budget.
   */
  documentBytes?: (team: SeededPagesTeam) => number;
}

const PAGES: BudgetedPage[] = [
  { name: "articles list", path: () => "/" },
  { name: "review queue", path: () => "/review" },
  { name: "search, no query", path: () => "/search" },
  { name: "search, Arabic query", path: (team) => `/search?q=${encodeURIComponent(team.searchQuery)}` },
  { name: "sources list", path: () => "/sources" },
  { name: "entities list", path: () => "/entities" },
  { name: "entity (claimant) page", path: (team) => `/entities/${team.entityId}` },
  { name: "inbox", path: () => "/inbox" },
  { name: "claim page, long history", path: (team) => `/claims/${team.claimId}` },
  {
    name: "article reader, 300 claims",
    path: (team) => `/articles/${team.readerArticleId}`,
    documentBytes: (team) => team.readerTextBytes,
  },
  { name: "dashboard", path: () => "/dashboard" },
  { name: "dashboard, a case", path: (team) => `/dashboard?caseId=${team.caseId}` },
  { name: "cases list", path: () => "/cases" },
  { name: "case overview", path: (team) => `/cases/${team.caseId}` },
  { name: "case timeline", path: (team) => `/cases/${team.caseId}/timeline` },
  { name: "case members", path: (team) => `/cases/${team.caseId}/members` },
  { name: "case report", path: (team) => `/cases/${team.caseId}/report` },
  { name: "public report", path: (team) => `/r/${team.reportToken}`, public: true },
];

let server: ChildProcess | undefined;
let base = "";
let team: SeededPagesTeam;
let cookie = "";

test.beforeAll(async ({ browser }, testInfo) => {
  // Seeding runs the real use cases for the published claims: about a minute on a busy machine.
  testInfo.setTimeout(360_000);
  const owner = process.env.E2E_DATABASE_OWNER_URL ?? process.env.E2E_DATABASE_URL;
  if (!owner || !process.env.E2E_DATABASE_URL) throw new Error("Run the browser tests with `npm test -- e2e`.");
  team = await seedTeam(owner);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      AUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      NODE_ENV: "production",
      APP_URL: base,
      SSRF_ALLOWLIST: `127.0.0.1:${process.env.E2E_FIXTURE_PORT ?? 3101}`,
      TRUSTED_PROXIES: "127.0.0.1,::1",
      CLAIMDESK_SQL_TALLY: "1",
      CLAIMDESK_JOB_WORKER: "off",
      LOG_LEVEL: "warn",
    },
  });
  server.stderr?.on("data", (chunk: Buffer) => process.stderr.write(chunk));
  await expect
    .poll(
      () =>
        fetch(`${base}/login`).then(
          (response) => response.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(200);
  cookie = await signIn(browser);
});

test.afterAll(async () => {
  if (server) await stopChild(server);
});

test("every main page keeps its HTML, RSC payload and SQL statements within budget", async () => {
  // Each page is one sequential request with the tally read around it, and an RSC fetch.
  test.setTimeout(300_000);
  for (const page of PAGES) {
    const url = `${base}${page.path(team)}`;
    const headers: Record<string, string> = page.public ? {} : { cookie };
    await tally();
    const html = await fetch(url, { headers, redirect: "manual" });
    const htmlBytes = (await html.arrayBuffer()).byteLength;
    const statements = (await tally()).count;
    const rsc = await fetchRsc(url, headers);
    const rscBytes = (await rsc.arrayBuffer()).byteLength;
    const documentBytes = page.documentBytes?.(team) ?? 0;
    console.log(
      `page budget: ${page.name}: ${html.status}, HTML ${(htmlBytes / KB).toFixed(1)} KB, RSC ${(rscBytes / KB).toFixed(1)} KB (${rsc.status}), ${statements} SQL statements${documentBytes ? `, plus an allowance for the document's own text of ${(documentBytes / KB).toFixed(1)} KB (twice in HTML, once in RSC)` : ""}`,
    );
    expect.soft(html.status, `${page.name}: status`).toBe(200);
    expect.soft(rsc.status, `${page.name}: RSC status`).toBe(200);
    expect.soft(htmlBytes, `${page.name}: HTML bytes`).toBeLessThanOrEqual(BUDGET.htmlBytes + 2 * documentBytes);
    expect.soft(rscBytes, `${page.name}: RSC payload bytes`).toBeLessThanOrEqual(BUDGET.rscBytes + documentBytes);
    expect.soft(statements, `${page.name}: SQL statements per request`).toBeLessThanOrEqual(BUDGET.statements);
  }
});

/**
 * The page's RSC payload, as the client router asks for it. Next answers a request without its
 * cache-busting `_rsc` parameter with a redirect to the same URL carrying one: that one is followed.
 */
async function fetchRsc(url: string, headers: Record<string, string>): Promise<Response> {
  const rscHeaders = { ...headers, RSC: "1" };
  const first = await fetch(url, { headers: rscHeaders, redirect: "manual" });
  const location = first.headers.get("location");
  if (first.status !== 307 || !location || !new URL(location, url).searchParams.has("_rsc")) return first;
  await first.arrayBuffer();
  return fetch(new URL(location, url), { headers: rscHeaders, redirect: "manual" });
}

/** The statements the server ran since the last read (and a fresh count). */
async function tally(): Promise<{ count: number }> {
  const response = await fetch(`${base}/api/debug/sql-tally`);
  expect(response.status).toBe(200);
  return (await response.json()) as { count: number };
}

/**
 * The big team, seeded by the page benchmark's own seeding in a child process: Playwright's
 * runner cannot load lib/server (server-only, react-server condition).
 */
function seedTeam(databaseUrl: string): Promise<SeededPagesTeam> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "scripts/bench/seed-pages-cli.ts", PASSWORD],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, DATABASE_URL: databaseUrl } },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`seeding failed (exit ${code}):\n${stderr}`));
      console.log(stderr.trim());
      resolve(JSON.parse(stdout.trim().split("\n").at(-1)!) as SeededPagesTeam);
    });
  });
}

/** Signs in through the login form of this file's server; returns the session as a Cookie header. */
async function signIn(browser: Browser): Promise<string> {
  const context = await browser.newContext({ locale: "en-US" });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel(/email/i).fill(team.email);
    await page.getByLabel(/password/i).fill(team.password);
    await page.getByRole("button", { name: /sign in/i }).click();
    await expect(page).toHaveURL(`${base}/`, { timeout: 30_000 });
    const cookies = await context.cookies(base);
    return cookies.map((entry) => `${entry.name}=${entry.value}`).join("; ");
  } finally {
    await context.close();
  }
}
