import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { freePort } from "../lib/free-port";
import { migrateDeploy } from "../lib/prisma-cli";
import { benchTeamSize, seedPagesTeam } from "./seed-pages";

/** Claims in the case whose report is measured (issue 19: a 10,000-claim set, CSV and JSON < 5 s, flat memory). */
const SET_CLAIMS = 10_000;
const RUNS = 3;

/**
 * Reports of a set of claims, through the database as the export job writes them: a case of
 * 10,000 claims gathered from many articles, streamed as signed JSON and as CSV. Prints the time
 * of each run and the peak growth of the live heap (sampled after a collection every 10th chunk),
 * which stays flat when only one page of claims is ever held.
 */
export async function benchSetReports(): Promise<void> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "claimdesk-bench-pg-"));
  const postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
  try {
    await postgres.createDatabase("claimdesk_bench");
    const url = postgres.urlFor("claimdesk_bench");
    await migrateDeploy(url);
    process.env.DATABASE_URL = url;
    process.env.DATABASE_POOL_SIZE = "4";
    // The signed JSON seals the team's new signing key with it.
    process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
    const { db, disconnectDb } = await import("../../lib/db");
    try {
      const seeded = Date.now();
      const team = await seedPagesTeam(benchTeamSize(12_000), { password: "bench-password-1" });
      const caseId = await gatherCase(db, team.teamId);
      console.log(
        `set reports: seeded ${SET_CLAIMS.toLocaleString("en")}+ claims in a case in ${((Date.now() - seeded) / 1000).toFixed(1)} s`,
      );
      await measure(team.teamId, caseId);
    } finally {
      await (await import("../../lib/server/auth/rate-limit-pool")).closeRateLimitPool();
      await disconnectDb();
    }
  } finally {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

type Db = (typeof import("../../lib/db"))["db"];

/** A case of whole articles (all their claims), added until it holds at least SET_CLAIMS claims. */
async function gatherCase(db: Db, teamId: string): Promise<string> {
  const created = await db.case.create({ data: { teamId, title: "عملية مخيم حارم" }, select: { id: true } });
  const articles = await db.$queryRaw<{ articleId: string; claims: number }[]>`
    SELECT "articleId", count(*)::int AS claims FROM "Claim" WHERE "teamId" = ${teamId}::uuid
    GROUP BY "articleId" ORDER BY "articleId"`;
  let total = 0;
  const chosen: string[] = [];
  for (const article of articles) {
    if (total >= SET_CLAIMS) break;
    chosen.push(article.articleId);
    total += article.claims;
  }
  await db.caseArticle.createMany({ data: chosen.map((articleId) => ({ caseId: created.id, articleId })) });
  console.log(`set reports: the case gathers ${total.toLocaleString("en")} claims of ${chosen.length} articles`);
  return created.id;
}

async function measure(teamId: string, caseId: string): Promise<void> {
  const { openReport } = await import("../../lib/server/reports/export-report");
  const { resolveClaimSet } = await import("../../lib/server/reports/claim-sets");
  const set = await resolveClaimSet(teamId, { kind: "case", caseId });
  for (const format of ["json", "csv"] as const) {
    for (let run = 1; run <= RUNS; run += 1) {
      globalThis.gc?.();
      const baseline = process.memoryUsage().heapUsed;
      let peak = baseline;
      let chunks = 0;
      let bytes = 0;
      let claims = 0;
      const started = performance.now();
      const opened = await openReport(teamId, set, format, { onClaims: (count) => (claims += count) });
      for await (const chunk of opened.chunks) {
        bytes += chunk.length;
        if (++chunks % 10 === 0) {
          globalThis.gc?.();
          peak = Math.max(peak, process.memoryUsage().heapUsed);
        }
      }
      const ms = performance.now() - started;
      console.log(
        `set reports: case ${format.toUpperCase()}, ${claims.toLocaleString("en")} claims (${(bytes / 1024 / 1024).toFixed(1)} MB), run ${run}: ${(ms / 1000).toFixed(2)} s (target < 5 s), live heap peak +${((peak - baseline) / 1024 / 1024).toFixed(1)} MB`,
      );
    }
  }
}
