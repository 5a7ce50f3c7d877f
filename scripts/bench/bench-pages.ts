/**
 * `npm run bench -- pages [--sizes=10000,100000] [--seconds=20] [--no-lighthouse]`: the pages people
 * open, over real HTTP, against the built app and a throwaway PostgreSQL seeded at each size
 * (issue 15). Per page: p50/p95/p99 under 10 connections (autocannon), bytes per response, non-2xx
 * answers, SQL statements per request (the app's tally), the server process's CPU time per request
 * (from /proc: it barely moves when other work loads the machine, unlike latency), and the same statements replayed through
 * raw `pg` in the same run, interleaved with the load, and the ratio; any statement whose plan
 * scans the Claim or AuditEvent table (sequentially, or more than 5,000 of its rows) is named.
 * Then first-load JS of three pages and Lighthouse (desktop) on three. Prints numbers, asserts
 * nothing. It uses the shared .next: `flock /tmp/claimdesk-e2e.lock npm run bench -- pages`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { buildIfSourcesChanged } from "../lib/build-fingerprint";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { freePort } from "../lib/free-port";
import { migrateDeploy, runPrisma } from "../lib/prisma-cli";
import { onShutdown, stopChild } from "../lib/processes";
import { firstLoadJs, lighthouseDesktop, signInWithBrowser } from "./page-browser";
import { measureLoad, percentile, replayStatements, statementsOfOneRequest, type Tally } from "./page-load";
import { benchTeamSize, seedPagesTeam, type SeededPagesTeam } from "./seed-pages";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const PASSWORD = "bench-pages-password";
const AUTH_SECRET = "bench-pages-secret-not-for-production-0123456789";

interface PageTarget {
  name: string;
  path: (team: SeededPagesTeam) => string;
  /** Whether what the page shows grows with the team (the 1.5× growth target does not apply). */
  grows?: boolean;
  signedIn: boolean;
}

const PAGES: PageTarget[] = [
  { name: "articles list (home)", path: () => "/", signedIn: true },
  { name: "review queue", path: () => "/review", signedIn: true },
  {
    name: "search (Arabic query)",
    path: (team) => `/search?q=${encodeURIComponent(team.searchQuery)}`,
    signedIn: true,
  },
  { name: "claim page", path: (team) => `/claims/${team.claimId}`, signedIn: true },
  { name: "dashboard", path: () => "/dashboard", signedIn: true },
  { name: "entity (claimant) page", path: (team) => `/entities/${team.entityId}`, signedIn: true },
  { name: "article reader, 300 claims", path: (team) => `/articles/${team.readerArticleId}`, signedIn: true },
  { name: "public report, 300 claims", path: (team) => `/r/${team.reportToken}`, signedIn: false },
  { name: "login (baseline)", path: () => "/login", signedIn: false },
];

interface PageResult {
  page: string;
  claims: number;
  p50: number;
  p95: number;
  p99: number;
  requests: number;
  bytesPerResponse: number;
  non2xx: number;
  /** Statements of one request alone on the server (exact), and the average under load. */
  statementsOneRequest: number;
  statementsPerRequest: number;
  rawP50: number | null;
  rawFailures: number;
  /** The server process's CPU time per request under load (null where /proc is not there). */
  serverCpuMs: number | null;
  seqScans: string[];
}

export interface BenchPagesOptions {
  sizes: number[];
  seconds: number;
  lighthouse: boolean;
}

export function parseBenchPagesArgs(args: string[]): BenchPagesOptions {
  const value = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
  const sizes = (value("sizes") ?? "10000,100000")
    .split(",")
    .map((size) => Number(size.trim()))
    .filter((size) => Number.isInteger(size) && size > 0)
    .sort((a, b) => a - b);
  const seconds = Number(value("seconds") ?? 20);
  if (sizes.length === 0 || !(seconds > 0)) throw new Error("Use --sizes=10000,100000 --seconds=20");
  return { sizes, seconds, lighthouse: !args.includes("--no-lighthouse") };
}

export async function benchPages(options: BenchPagesOptions): Promise<void> {
  const children: ChildProcess[] = [];
  let postgres: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  let dataDir: string | undefined;
  const cleanup = async () => {
    for (const child of children.splice(0)) await stopChild(child);
    if (process.env.DATABASE_URL) await (await import("../../lib/db")).disconnectDb();
    await postgres?.stop();
    postgres = undefined;
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  onShutdown(cleanup);
  try {
    await runPrisma(["generate"]);
    await buildIfSourcesChanged(ROOT, "pages: building the app (sources changed since the last build)…");
    dataDir = await mkdtemp(path.join(os.tmpdir(), "claimdesk-bench-pages-pg-"));
    postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    await postgres.createDatabase("claimdesk_bench_pages");
    const url = postgres.urlFor("claimdesk_bench_pages");
    await migrateDeploy(url);
    process.env.DATABASE_URL = url;
    process.env.DATABASE_POOL_SIZE = "8";

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    children.push(await startServer(url, port));
    const raw = new pg.Client({ connectionString: url });
    await raw.connect();
    const results: PageResult[] = [];
    try {
      // Sizes in ascending order into one database: each size is its own team, so a page's
      // team-scoped queries see only that team, as they would in a shared production database.
      for (const claims of options.sizes) {
        console.log(`\npages: seeding a team with ${claims.toLocaleString("en")} claims…`);
        const started = Date.now();
        const team = await seedPagesTeam(benchTeamSize(claims), {
          password: PASSWORD,
          log: (line) => console.log(line),
        });
        console.log(
          `pages: seeded in ${((Date.now() - started) / 1000).toFixed(0)} s: ${Object.entries(team.counts)
            .map(([name, count]) => `${count.toLocaleString("en")} ${name}`)
            .join(", ")}`,
        );
        const cookie = await signInWithBrowser(base, team.email, team.password);
        for (const page of PAGES) {
          const result = await benchPage(base, page, team, page.signedIn ? cookie : "", raw, claims, {
            seconds: options.seconds,
            serverPid: children[0]?.pid,
          });
          results.push(result);
          printPage(result);
        }
        await browserMeasures(base, team, cookie, options.lighthouse);
      }
    } finally {
      await raw.end();
    }
    printTable(results, options.sizes);
  } finally {
    await cleanup();
  }
}

async function benchPage(
  base: string,
  page: PageTarget,
  team: SeededPagesTeam,
  cookie: string,
  raw: pg.Client,
  claims: number,
  { seconds, serverPid }: { seconds: number; serverPid: number | undefined },
): Promise<PageResult> {
  const url = `${base}${page.path(team)}`;
  const headers: Record<string, string> = cookie ? { cookie } : {};
  // One request alone: warms the route up, then gives the statements one request runs.
  await fetch(url, { headers }).then((response) => response.arrayBuffer());
  const one: Tally = await statementsOfOneRequest(base, url, headers);
  const seqScans = await plansScanning(raw, one);
  // Load and raw SQL alternate in chunks, so both see the same machine at the same moments.
  const chunks = seconds >= 20 ? 4 : 2;
  const load = await measureLoad({
    base,
    url,
    headers,
    chunks,
    secondsPerChunk: seconds / chunks,
    between: () => replayStatements(raw, one, { rounds: 20, maxMs: (seconds / chunks) * 1000 }),
    serverPid,
  });
  const rawTimes = load.between.flatMap((replay) => replay.times);
  return {
    page: page.name,
    claims,
    p50: load.p50,
    p95: load.p95,
    p99: load.p99,
    requests: load.requests,
    bytesPerResponse: load.bytesPerResponse,
    non2xx: load.non2xx,
    statementsOneRequest: one.count,
    statementsPerRequest: load.statementsPerRequest,
    rawP50: one.count === 0 ? null : percentile(rawTimes, 50),
    rawFailures: load.between.reduce((sum, replay) => sum + replay.failures, 0),
    serverCpuMs: load.serverCpuMsPerRequest,
    seqScans,
  };
}

/** Rows a plan may read from Claim or AuditEvent before it counts as reading the team's claims rather than a page. */
const ROWS_READ_LIMIT = 5_000;

/**
 * The page's reads whose plan, run on the bench database (EXPLAIN ANALYZE), scans the Claim or
 * AuditEvent table sequentially or reads more than ROWS_READ_LIMIT of its rows by any path.
 */
async function plansScanning(raw: pg.Client, tally: Tally): Promise<string[]> {
  const flagged: string[] = [];
  for (const statement of tally.statements) {
    if (!/^\s*(SELECT|WITH)\b/i.test(statement.query)) continue;
    try {
      const result = await raw.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.query}`, JSON.parse(statement.params));
      const plan = (result.rows[0] as { "QUERY PLAN": unknown[] })["QUERY PLAN"][0] as { Plan: PlanNode };
      const findings = [...new Set(heavyScans(plan.Plan))];
      if (findings.length > 0)
        flagged.push(`${findings.join("; ")}: ${statement.query.replace(/\s+/g, " ").slice(0, 160)}…`);
    } catch (error) {
      flagged.push(
        `(EXPLAIN failed: ${error instanceof Error ? error.message : error}) ${statement.query.slice(0, 80)}`,
      );
    }
  }
  return flagged;
}

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
}

function heavyScans(node: PlanNode): string[] {
  const relation = node["Relation Name"];
  const read = ((node["Actual Rows"] ?? 0) + (node["Rows Removed by Filter"] ?? 0)) * (node["Actual Loops"] ?? 1);
  const here =
    relation === "Claim" || relation === "AuditEvent"
      ? node["Node Type"] === "Seq Scan"
        ? [`Seq Scan on ${relation} (${read.toLocaleString("en")} rows)`]
        : read > ROWS_READ_LIMIT
          ? [`${node["Node Type"]} on ${relation} reads ${read.toLocaleString("en")} rows`]
          : []
      : [];
  return [...here, ...(node.Plans ?? []).flatMap(heavyScans)];
}

async function browserMeasures(base: string, team: SeededPagesTeam, cookie: string, lighthouse: boolean) {
  const js = [
    { name: "article reader", path: `/articles/${team.readerArticleId}`, targetKb: 250 },
    { name: "articles list", path: "/", targetKb: 150 },
    { name: "review queue", path: "/review", targetKb: 150 },
  ];
  for (const page of js) {
    try {
      const bytes = await firstLoadJs(`${base}${page.path}`, cookie);
      console.log(
        `pages: first-load JS, ${page.name}: ${(bytes / 1024).toFixed(0)} KB gzipped (target ≤ ${page.targetKb} KB)`,
      );
    } catch (error) {
      console.log(
        `pages: first-load JS, ${page.name}: not measured (${error instanceof Error ? error.message : error})`,
      );
    }
  }
  if (!lighthouse) return;
  for (const page of [
    { name: "article reader", path: `/articles/${team.readerArticleId}` },
    { name: "review queue", path: "/review" },
    { name: "dashboard", path: "/dashboard" },
  ]) {
    try {
      const score = await lighthouseDesktop(`${base}${page.path}`, cookie);
      console.log(
        `pages: Lighthouse (desktop), ${page.name}: performance ${score.performance}, LCP ${score.lcpMs.toFixed(0)} ms, TBT ${score.tbtMs.toFixed(0)} ms, CLS ${score.cls.toFixed(3)} (target performance ≥ 90)`,
      );
    } catch (error) {
      console.log(`pages: Lighthouse, ${page.name}: not measured (${error instanceof Error ? error.message : error})`);
    }
  }
}

export async function startServer(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NODE_OPTIONS: "",
      DATABASE_URL: databaseUrl,
      AUTH_SECRET,
      APP_URL: `http://127.0.0.1:${port}`,
      CLAIMDESK_SQL_TALLY: "1",
      CLAIMDESK_JOB_WORKER: "off",
      LOG_LEVEL: "warn",
    },
  });
  await waitForLogin(`http://127.0.0.1:${port}/login`, child);
  return child;
}

async function waitForLogin(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode})`);
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

const ms = (value: number | null) =>
  value === null || Number.isNaN(value)
    ? "–"
    : value >= 1000
      ? `${(value / 1000).toFixed(2)} s`
      : `${value.toFixed(0)} ms`;
const bytes = (value: number) =>
  value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(2)} MB` : `${(value / 1024).toFixed(0)} KB`;

function printPage(result: PageResult): void {
  console.log(
    `pages: ${result.page} @ ${result.claims.toLocaleString("en")} claims: p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, p99 ${ms(result.p99)} ` +
      `(${result.requests} requests, ${result.non2xx} non-2xx), ${bytes(result.bytesPerResponse)}/response, ` +
      `${result.statementsOneRequest} SQL statements (${result.statementsPerRequest.toFixed(1)}/request under load), raw SQL p50 ${ms(result.rawP50)}, server CPU ${ms(result.serverCpuMs)}/request` +
      (result.rawFailures ? ` (${result.rawFailures} replayed statements failed)` : "") +
      ` [load ${os.loadavg()[0]!.toFixed(1)}]`,
  );
  for (const scan of result.seqScans) console.log(`pages:   ${scan}`);
}

function printTable(results: PageResult[], sizes: number[]): void {
  const largest = sizes.at(-1)!;
  const smallest = sizes[0]!;
  console.log(
    `\n| page | claims | p50 | p95 | p99 | bytes/response | non-2xx | SQL statements (under load) | raw SQL p50 | server CPU/request | p95 / raw p50 | growth ${smallest / 1000}k → ${largest / 1000}k (p50) | statements scanning Claim/AuditEvent |`,
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const result of results) {
    const small = results.find((other) => other.page === result.page && other.claims === smallest);
    const growth =
      result.claims === largest && small && largest !== smallest ? `${(result.p50 / small.p50).toFixed(1)}×` : "";
    const ratio = result.rawP50 && !Number.isNaN(result.p95) ? `${(result.p95 / result.rawP50).toFixed(1)}×` : "–";
    console.log(
      `| ${result.page} | ${result.claims.toLocaleString("en")} | ${ms(result.p50)} | ${ms(result.p95)} | ${ms(result.p99)} | ${bytes(result.bytesPerResponse)} | ${result.non2xx} | ${result.statementsOneRequest} (${result.statementsPerRequest.toFixed(1)}) | ${ms(result.rawP50)} | ${ms(result.serverCpuMs)} | ${ratio} | ${growth} | ${result.seqScans.length || ""} |`,
    );
  }
}
