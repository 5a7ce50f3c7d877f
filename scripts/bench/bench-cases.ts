/**
 * `npm run bench -- cases [--requests=60]`: a case of 5,000 claims (100 articles of 50 claims,
 * sentences of the reference articles; one in five a casualty report with a killed count, two
 * cited sources per claim from 1,000 with origins, "same claim" links) in a team with as many
 * claims again outside it; then the case's overview and timeline pages fetched over real HTTP
 * against the built app: p50/p95 of requests one at a time (target for the overview: p95 ≤ 200 ms)
 * and under 10 connections, with the SQL statements of one request. Prints numbers, asserts
 * nothing. It uses the shared .next: `flock /tmp/claimdesk-e2e.lock npm run bench -- cases`.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { splitSentences } from "../../lib/domain/text/split-sentences";
import { buildIfSourcesChanged } from "../lib/build-fingerprint";
import { startEmbeddedPostgres } from "../lib/embedded-postgres";
import { freePort } from "../lib/free-port";
import { migrateDeploy, runPrisma } from "../lib/prisma-cli";
import { onShutdown, stopChild } from "../lib/processes";
import { startServer } from "./bench-pages";
import { signInWithBrowser } from "./page-browser";
import { measureLoad, percentile, statementsOfOneRequest } from "./page-load";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const FIXTURES = path.join(ROOT, "tests", "fixtures", "articles");
const PASSWORD = "bench-cases-password";
const CASE_ARTICLES = 100;
const CLAIMS_PER_ARTICLE = 50;
const OUTSIDE_ARTICLES = 100;
const SOURCES = 1_000;
const ENTITIES = 40;

export async function benchCases(args: string[]): Promise<void> {
  const requests = Number(args.find((arg) => arg.startsWith("--requests="))?.split("=")[1] ?? 60);
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
    await buildIfSourcesChanged(ROOT, "cases: building the app (sources changed since the last build)…");
    dataDir = await mkdtemp(path.join(os.tmpdir(), "claimdesk-bench-cases-pg-"));
    postgres = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false });
    await postgres.createDatabase("claimdesk_bench_cases");
    const url = postgres.urlFor("claimdesk_bench_cases");
    await migrateDeploy(url);
    process.env.DATABASE_URL = url;
    process.env.DATABASE_POOL_SIZE = "4";
    const seeded = Date.now();
    const team = await seedCaseBench();
    console.log(
      `cases: seeded a case of ${team.caseClaims.toLocaleString("en")} claims (${team.casualty} casualty reports, ` +
        `${team.evidence.toLocaleString("en")} citations) in a team of ${team.teamClaims.toLocaleString("en")} claims ` +
        `in ${((Date.now() - seeded) / 1000).toFixed(1)} s`,
    );
    await timeUseCases(team);
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    children.push(await startServer(url, port));
    const cookie = await signInWithBrowser(base, team.email, PASSWORD);
    for (const [name, pagePath] of [
      ["case overview", `/cases/${team.caseId}`],
      ["case timeline", `/cases/${team.caseId}/timeline`],
      ["case timeline, one claimant", `/cases/${team.caseId}/timeline?claimantId=${team.claimantId}`],
      ["dashboard, case filter", `/dashboard?caseId=${team.caseId}`],
    ] as const) {
      await benchPage(base, name, `${base}${pagePath}`, { cookie }, requests, children[0]?.pid);
    }
  } finally {
    await cleanup();
  }
}

async function benchPage(
  base: string,
  name: string,
  url: string,
  headers: Record<string, string>,
  requests: number,
  serverPid: number | undefined,
): Promise<void> {
  // Warm the route up, check it answers, and count one request's statements.
  const first = await fetch(url, { headers });
  const body = await first.arrayBuffer();
  if (first.status !== 200) throw new Error(`${url} answered ${first.status}`);
  const tally = await statementsOfOneRequest(base, url, headers);
  const times: number[] = [];
  for (let index = 0; index < requests; index += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  const load = await measureLoad({
    base,
    url,
    headers,
    chunks: 1,
    secondsPerChunk: 5,
    between: async () => null,
    serverPid,
  });
  console.log(
    `cases: ${name}: one at a time p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms ` +
      `(${requests} requests); 10 connections p50 ${load.p50.toFixed(0)} ms, p95 ${load.p95.toFixed(0)} ms ` +
      `(${load.requests} requests, ${load.non2xx} non-2xx); ${(body.byteLength / 1024).toFixed(0)} KB; ` +
      `${tally.count} SQL statements`,
  );
}

/** The use cases alone, in this process (what the pages add on top is rendering and the network). */
async function timeUseCases(team: { caseId: string; userId: string; teamId: string }): Promise<void> {
  const { loadMember } = await import("../../lib/server/users/load-member");
  const { getCaseOverview } = await import("../../lib/server/cases/get-case-overview");
  const { getCaseTimeline } = await import("../../lib/server/cases/get-case-timeline");
  const member = (await loadMember({ userId: team.userId, preferredTeamId: team.teamId }))!;
  for (const [name, call] of [
    ["getCaseOverview", () => getCaseOverview(member, { caseId: team.caseId })],
    ["getCaseTimeline", () => getCaseTimeline(member, { caseId: team.caseId })],
  ] as const) {
    await call();
    const times: number[] = [];
    for (let index = 0; index < 30; index += 1) {
      const started = performance.now();
      await call();
      times.push(performance.now() - started);
    }
    console.log(
      `cases: ${name} in process: p50 ${percentile(times, 50).toFixed(0)} ms, p95 ${percentile(times, 95).toFixed(0)} ms (30 runs)`,
    );
  }
}

export async function seedCaseBench() {
  const { db } = await import("../../lib/db");
  const { hashPassword } = await import("../../lib/server/auth/password");
  const { ensureRatingScale } = await import("../../lib/server/ratings/ensure-rating-scale");
  const sentences = ["000_084f554aaf88ce56.txt", "002_494f5185cd61c60b.txt"]
    .flatMap((file) => splitSentences(readFileSync(path.join(FIXTURES, file), "utf8")).map((s) => s.text.trim()))
    .filter((sentence) => sentence.length > 20);
  const team = await db.team.create({ data: { name: "Harem desk", slug: "harem-desk" } });
  const teamId = team.id;
  const user = await db.user.create({
    data: { email: "editor@bench-cases.test", name: "Bench Editor", passwordHash: await hashPassword(PASSWORD) },
  });
  await db.membership.create({ data: { userId: user.id, teamId, role: "EDITOR" } });
  await ensureRatingScale(teamId);
  await db.$executeRaw`
    INSERT INTO "Entity" (id, "teamId", name, "arabicName", kind, "sameAs", "updatedAt")
    SELECT gen_random_uuid(), ${teamId}::uuid, 'Source body ' || n, 'جهة ' || n,
      (ARRAY['PERSON','ORGANIZATION','GOVERNMENT_BODY','ARMED_GROUP','OUTLET'])[1 + n % 5]::"EntityKind", '{}', now()
    FROM generate_series(1, ${ENTITIES}) n`;
  await db.$executeRaw`
    INSERT INTO "Article" (id, "teamId", title, language, direction, "updatedAt")
    SELECT gen_random_uuid(), ${teamId}::uuid, 'حارم ' || n, 'ar', 'rtl', now()
    FROM generate_series(1, ${CASE_ARTICLES + OUTSIDE_ARTICLES}) n`;
  await db.$executeRaw`
    INSERT INTO "ArticleRevision" (id, "articleId", number, text, sha256, origin)
    SELECT gen_random_uuid(), id, 1, title, repeat('0', 64), 'SEED' FROM "Article" WHERE "teamId" = ${teamId}::uuid`;
  // 50 claims per article: claimants among the entities, claimed over 30 days, one in five a casualty report.
  await db.$executeRaw`
    INSERT INTO "Claim" (id, "teamId", "articleId", "revisionId", "startOffset", "endOffset", exact, prefix, suffix,
      statement, type, details, status, "claimantId", "verdictId", "claimedAt", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), ${teamId}::uuid, a.id, r.id, n, n + 1, 'x', '', '',
      (${sentences}::text[])[1 + (a.rn * 7 + n) % ${sentences.length}],
      CASE WHEN n % 5 = 0 THEN 'CASUALTY_REPORT' ELSE (ARRAY['EVENT','STATEMENT','ACCUSATION','PROMISE'])[1 + n % 4] END::"ClaimType",
      CASE WHEN n % 5 = 0 THEN jsonb_build_object('type', 'CASUALTY_REPORT', 'casualty', jsonb_build_object(
        'killed', jsonb_build_object('min', (a.rn + n) % 12, 'max', CASE WHEN n % 2 = 0 THEN (a.rn + n) % 12 + 3 END),
        'parties', '[]'::jsonb, 'asOf', to_char(date '2025-10-20' + (n % 5), 'YYYY-MM-DD'))) END,
      (ARRAY['NEW','IN_PROGRESS','IN_REVIEW','APPROVED','PUBLISHED'])[1 + (a.rn + n) % 5]::"ClaimStatus",
      CASE WHEN n % 7 <> 0 THEN (SELECT id FROM "Entity" e WHERE e."teamId" = ${teamId}::uuid ORDER BY id OFFSET (a.rn + n) % ${ENTITIES} LIMIT 1) END,
      CASE WHEN (a.rn + n) % 5 >= 3 THEN (SELECT id FROM "RatingLabel" l WHERE l."teamId" = ${teamId}::uuid ORDER BY position OFFSET n % 3 LIMIT 1) END,
      timestamp '2025-10-20' + ((a.rn * 50 + n) * 517 % 43200) * interval '1 minute',
      now() - ((a.rn * 50 + n) || ' minutes')::interval, now()
    FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Article" WHERE "teamId" = ${teamId}::uuid) a
    JOIN "ArticleRevision" r ON r."articleId" = a.id
    CROSS JOIN generate_series(1, ${CLAIMS_PER_ARTICLE}) n`;
  // One claim in twenty says the same as the claim before it in its article.
  await db.$executeRaw`
    WITH ordered AS (SELECT id, lag(id) OVER (PARTITION BY "articleId" ORDER BY "startOffset") AS previous, "startOffset"
                     FROM "Claim" WHERE "teamId" = ${teamId}::uuid)
    UPDATE "Claim" c SET "sameAsId" = o.previous FROM ordered o WHERE o.id = c.id AND o."startOffset" % 20 = 0`;
  await db.$executeRaw`
    INSERT INTO "Source" (id, "teamId", url, title, outlet, kind, "originId", "publishedAt", "updatedAt")
    SELECT gen_random_uuid(), ${teamId}::uuid, 'https://news.example.test/' || n, 'تقرير ' || n,
      (ARRAY['رويترز','فرانس برس','الجزيرة','بي بي سي'])[1 + n % 4], 'NEWS_REPORT',
      CASE WHEN n % 3 <> 0 THEN (SELECT id FROM "Entity" e WHERE e."teamId" = ${teamId}::uuid ORDER BY id OFFSET n % ${ENTITIES} LIMIT 1) END,
      timestamp '2025-10-20' + (n * 37 % 43200) * interval '1 minute', now()
    FROM generate_series(1, ${SOURCES}) n`;
  await db.$executeRaw`
    WITH c AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM "Claim" WHERE "teamId" = ${teamId}::uuid),
         s AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn FROM "Source" WHERE "teamId" = ${teamId}::uuid)
    INSERT INTO "Evidence" (id, "teamId", "claimId", "sourceId", stance, "updatedAt")
    SELECT gen_random_uuid(), ${teamId}::uuid, c.id, s.id,
      (ARRAY['SUPPORTS','SUPPORTS','REFUTES','CONTEXT'])[1 + (c.rn + k) % 4]::"EvidenceStance", now()
    FROM c CROSS JOIN generate_series(0, 1) k JOIN s ON s.rn = (c.rn * 3 + k * 101) % ${SOURCES}`;
  const harem = await db.case.create({
    data: {
      teamId,
      title: "Harem camp operation",
      eventStart: new Date("2025-10-22"),
      eventEnd: new Date("2025-10-23"),
    },
  });
  await db.$executeRaw`
    INSERT INTO "CaseArticle" ("caseId", "articleId", "allClaims")
    SELECT ${harem.id}::uuid, id, true FROM "Article" WHERE "teamId" = ${teamId}::uuid ORDER BY id LIMIT ${CASE_ARTICLES}`;
  await db.$executeRaw`
    INSERT INTO "CaseSource" ("caseId", "sourceId")
    SELECT ${harem.id}::uuid, id FROM "Source" WHERE "teamId" = ${teamId}::uuid ORDER BY id LIMIT 50`;
  await db.$executeRaw`ANALYZE`;
  const [counts] = await db.$queryRaw<{ caseClaims: number; casualty: number; evidence: number; teamClaims: number }[]>`
    SELECT
      (SELECT count(*) FROM "Claim" c JOIN "CaseArticle" ca ON ca."articleId" = c."articleId" AND ca."caseId" = ${harem.id}::uuid)::int AS "caseClaims",
      (SELECT count(*) FROM "Claim" c JOIN "CaseArticle" ca ON ca."articleId" = c."articleId" AND ca."caseId" = ${harem.id}::uuid
        WHERE c.type = 'CASUALTY_REPORT')::int AS casualty,
      (SELECT count(*) FROM "Evidence" e JOIN "Claim" c ON c.id = e."claimId" JOIN "CaseArticle" ca ON ca."articleId" = c."articleId" AND ca."caseId" = ${harem.id}::uuid)::int AS evidence,
      (SELECT count(*) FROM "Claim" WHERE "teamId" = ${teamId}::uuid)::int AS "teamClaims"`;
  const claimant = await db.claim.findFirstOrThrow({
    where: { teamId, claimantId: { not: null } },
    select: { claimantId: true },
  });
  return { caseId: harem.id, email: user.email, userId: user.id, teamId, claimantId: claimant.claimantId!, ...counts! };
}
