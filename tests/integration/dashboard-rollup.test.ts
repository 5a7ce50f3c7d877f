import { afterAll, describe, expect, it, vi } from "vitest";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { CLAIM_STATUSES, type TClaimStatus } from "@/lib/schemas/claims";
import { DASHBOARD_JOB_KIND, LIVE_CLAIM_LIMIT } from "@/lib/server/dashboard/dashboard-rollup";
import { getDashboard } from "@/lib/server/dashboard/get-dashboard";
import { runDueJobs } from "@/lib/server/jobs/job-worker";
import { ensureRatingScale } from "@/lib/server/ratings/ensure-rating-scale";
import { takeSqlTally } from "@/lib/sql-tally";
import { createArticle, createTeam } from "./support";

// The use cases here talk to the real database through a client that counts their statements
// (the app's own client, with the tally CLAIMDESK_SQL_TALLY=1 turns on): a real PostgreSQL, not a mock.
vi.mock("@/lib/db", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/db")>();
  return { ...original, db: original.createPrismaClient(process.env.DATABASE_URL!, 5, true) };
});
afterAll(() => db.$disconnect());

const DAY_MS = 86_400_000;
const OPEN: TClaimStatus[] = ["NEW", "IN_PROGRESS", "CHANGES_REQUESTED"];
const DONE: TClaimStatus[] = ["APPROVED", "PUBLISHED", "CORRECTED"];

/** `count` claims spread over every status, verdict, person and review day, written in one statement. */
async function seedClaims(teamId: string, people: string[], count: number, now: Date) {
  const article = await createArticle(teamId, "Ministry says the new bridge will open in spring");
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: article.id } });
  await ensureRatingScale(teamId);
  const labels = await db.ratingLabel.findMany({ where: { teamId }, select: { id: true } });
  const rows = Array.from({ length: count }, (_, index) => {
    const status = CLAIM_STATUSES[index % CLAIM_STATUSES.length]!;
    const reviewed = DONE.includes(status) || status === "RETRACTED";
    return {
      status,
      verdictId: index % 3 === 0 ? null : labels[index % labels.length]!.id,
      // Some claims assigned, some only created by someone, a few by nobody.
      assigneeId: index % 4 === 0 ? people[index % people.length]! : null,
      createdById: index % 11 === 0 ? null : people[(index + 1) % people.length]!,
      submittedAt: status === "IN_REVIEW" ? new Date(now.getTime() - (index % 50) * 3_600_000).toISOString() : null,
      // Reviewed over the last 40 days: some fall outside the 30-day window.
      reviewedAt: reviewed ? new Date(now.getTime() - (index % 40) * DAY_MS - 1_000).toISOString() : null,
    };
  });
  const column = <K extends keyof (typeof rows)[number]>(key: K) => rows.map((row) => row[key]);
  await db.$executeRaw`
    INSERT INTO "Claim" (id, "teamId", "articleId", "revisionId", "startOffset", "endOffset", exact, prefix, suffix,
      statement, type, status, "verdictId", "assigneeId", "createdById", "submittedAt", "reviewedAt", "updatedAt")
    SELECT gen_random_uuid(), ${teamId}::uuid, ${article.id}::uuid, ${revision.id}::uuid, 0, 10, 'Ministry s', '', '',
      'Claim ' || ord, 'STATEMENT', status::"ClaimStatus", verdict, assignee, creator,
      submitted::timestamptz AT TIME ZONE 'UTC', reviewed::timestamptz AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM unnest(${column("status")}::text[], ${column("verdictId")}::uuid[], ${column("assigneeId")}::uuid[],
      ${column("createdById")}::uuid[], ${column("submittedAt")}::text[], ${column("reviewedAt")}::text[])
      WITH ORDINALITY AS seeded(status, verdict, assignee, creator, submitted, reviewed, ord)`;
  return article;
}

/** The dashboard's figures recounted here from the claims themselves, independently of the app's queries. */
async function expectedFigures(teamId: string, now: Date) {
  const claims = await db.claim.findMany({
    where: { teamId },
    select: { status: true, verdictId: true, assigneeId: true, createdById: true, reviewedAt: true },
  });
  const labels = await db.ratingLabel.findMany({
    where: { teamId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, key: true },
  });
  const since = now.getTime() - 30 * DAY_MS;
  const days = Array.from({ length: 30 }, (_, index) =>
    new Date(since + (index + 1) * DAY_MS).toISOString().slice(0, 10),
  );
  const people = new Map<string, { open: number; inReview: number; done: number }>();
  for (const claim of claims) {
    const person = claim.assigneeId ?? claim.createdById;
    if (!person) continue;
    const work = people.get(person) ?? { open: 0, inReview: 0, done: 0 };
    if (OPEN.includes(claim.status)) work.open += 1;
    if (claim.status === "IN_REVIEW") work.inReview += 1;
    if (DONE.includes(claim.status)) work.done += 1;
    people.set(person, work);
  }
  const names = await db.user.findMany({ where: { id: { in: [...people.keys()] } }, select: { id: true, name: true } });
  return {
    statusCounts: CLAIM_STATUSES.map((status) => ({
      status,
      count: claims.filter((claim) => claim.status === status).length,
    })),
    verdicts: labels.map((label) => ({
      key: label.key,
      count: claims.filter((claim) => claim.verdictId === label.id).length,
    })),
    checkedPerDay: days.map((day) => ({
      day,
      count: claims.filter(
        (claim) =>
          DONE.includes(claim.status) &&
          claim.reviewedAt !== null &&
          claim.reviewedAt.getTime() >= since &&
          claim.reviewedAt.toISOString().slice(0, 10) === day,
      ).length,
    })),
    workload: names
      .map((user) => ({ name: user.name, ...people.get(user.id)! }))
      .sort((a, b) => b.open + b.inReview - (a.open + a.inReview) || a.name.localeCompare(b.name)),
  };
}

function figuresOf(dashboard: Awaited<ReturnType<typeof getDashboard>>) {
  return {
    statusCounts: dashboard.statusCounts,
    verdicts: dashboard.verdicts.map(({ key, count }) => ({ key, count })),
    checkedPerDay: dashboard.checkedPerDay,
    workload: dashboard.workload,
  };
}

const pendingRefreshes = (teamId: string) =>
  db.job.count({ where: { teamId, kind: DASHBOARD_JOB_KIND, status: { in: ["QUEUED", "RUNNING"] } } });

async function bigTeam() {
  const { team, members } = await createTeam(["EDITOR", "FACT_CHECKER", "VIEWER"]);
  const people = [members.EDITOR.userId, members.FACT_CHECKER.userId, members.VIEWER.userId];
  const now = new Date();
  const article = await seedClaims(team.id, people, LIVE_CLAIM_LIMIT + 50, now);
  return { team, members, article };
}

describe("the dashboard's stored figures", () => {
  it("equal a recount of the claims, are shown with their time until the refresh job replaces them, and are refreshed once however many view", async () => {
    const { team, members } = await bigTeam();
    const viewer: Member = members.VIEWER;

    // First view: nothing stored yet, so counted now (live) and stored.
    const t0 = new Date();
    const first = await getDashboard(viewer, { now: t0 });
    expect(first.asOf).toBeNull();
    expect(figuresOf(first)).toEqual(await expectedFigures(team.id, t0));
    expect(first.statusCounts.reduce((total, row) => total + row.count, 0)).toBe(LIVE_CLAIM_LIMIT + 50);
    expect(first.workload.map((row) => row.name).sort()).toEqual(
      [members.EDITOR.name, members.FACT_CHECKER.name, members.VIEWER.name].sort(),
    );
    expect(await db.teamDashboardRollup.findUnique({ where: { teamId: team.id } })).toMatchObject({
      computedAt: t0,
      refreshRequestedAt: null,
    });

    // Claims change: ten approved, one deleted. A view within the minute shows the stored figures, with their time.
    const inReview = await db.claim.findMany({ where: { teamId: team.id, status: "IN_REVIEW" }, take: 10 });
    await db.claim.updateMany({
      where: { id: { in: inReview.map((claim) => claim.id) } },
      data: { status: "APPROVED", reviewedAt: new Date() },
    });
    // A NEW claim, so that the approved figures below move by exactly the ten.
    const fresh = await db.claim.findFirstOrThrow({ where: { teamId: team.id, status: "NEW" }, select: { id: true } });
    await db.claim.delete({ where: { id: fresh.id } });
    const soon = await getDashboard(viewer, { now: new Date(t0.getTime() + 10_000) });
    expect(soon.asOf).toBe(t0.toISOString());
    expect(soon.now).toBe(new Date(t0.getTime() + 10_000).toISOString());
    expect(figuresOf(soon)).toEqual(figuresOf(first));
    expect(await pendingRefreshes(team.id)).toBe(0);

    // A minute on: still the stored figures (no worker has run), and one refresh queued for five concurrent views.
    const later = new Date(t0.getTime() + 61_000);
    const views = await Promise.all(Array.from({ length: 5 }, () => getDashboard(viewer, { now: later })));
    for (const view of views) {
      expect(view.asOf).toBe(t0.toISOString());
      expect(figuresOf(view)).toEqual(figuresOf(first));
    }
    expect(await pendingRefreshes(team.id)).toBe(1);
    // Asked again much later, while the job still waits for a worker (CLAIMDESK_JOB_WORKER=off everywhere): not doubled.
    await getDashboard(viewer, { now: new Date(t0.getTime() + 20 * 60_000) });
    expect(await pendingRefreshes(team.id)).toBe(1);

    // The worker runs it: the stored figures are the new recount, with the time they were counted.
    expect(await runDueJobs()).toBeGreaterThanOrEqual(1);
    expect(await pendingRefreshes(team.id)).toBe(0);
    const rollup = await db.teamDashboardRollup.findUniqueOrThrow({ where: { teamId: team.id } });
    expect(rollup.refreshRequestedAt).toBeNull();
    expect(rollup.computedAt.getTime()).toBeGreaterThan(t0.getTime());
    const refreshed = await getDashboard(viewer, { now: new Date(rollup.computedAt.getTime() + 1_000) });
    expect(refreshed.asOf).toBe(rollup.computedAt.toISOString());
    expect(figuresOf(refreshed)).toEqual(await expectedFigures(team.id, rollup.computedAt));
    expect(refreshed.statusCounts.find((row) => row.status === "APPROVED")!.count).toBe(
      first.statusCounts.find((row) => row.status === "APPROVED")!.count + 10,
    );
    expect(refreshed.checkedPerDay.at(-1)!.count).toBe(first.checkedPerDay.at(-1)!.count + 10);

    // Finished refresh jobs do not pile up: each refresh deletes the team's earlier ones.
    await getDashboard(viewer, { now: new Date(rollup.computedAt.getTime() + 61_000) });
    await runDueJobs();
    expect(await db.job.count({ where: { teamId: team.id, kind: DASHBOARD_JOB_KIND } })).toBe(1);
  });

  it("reads one stored row and ten claims from an index: a fixed handful of statements, none counting the claims", async () => {
    const { members } = await bigTeam();
    await getDashboard(members.EDITOR); // stores the figures
    takeSqlTally();
    const dashboard = await getDashboard(members.EDITOR);
    const tally = takeSqlTally();
    expect(dashboard.asOf).not.toBeNull();
    expect(dashboard.oldestUnreviewed).toHaveLength(10);
    // The stored row, the labels, the people, the ten oldest claims (and their articles).
    expect(tally.count).toBeLessThanOrEqual(6);
    const onClaims = tally.statements.filter((statement) => /FROM "public"\."Claim"/.test(statement.query));
    expect(onClaims).toHaveLength(1);
    expect(onClaims[0]!.query).toMatch(/LIMIT/);
    expect(tally.statements.some((statement) => /count\(|GROUP BY/i.test(statement.query))).toBe(false);
    // Its plan (with fresh statistics, as autovacuum keeps them) walks the review-queue index and stops after ten.
    await db.$executeRawUnsafe(`ANALYZE "Claim"`);
    const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN ${onClaims[0]!.query}`,
      ...(JSON.parse(onClaims[0]!.params) as unknown[]),
    );
    const text = plan.map((row) => row["QUERY PLAN"]).join("\n");
    expect(text).toMatch(/Index (Only )?Scan using "?Claim_teamId_status_submittedAt/);
    expect(text).not.toMatch(/Seq Scan on "Claim"|Sort/);
  });

  it("counts a small team on each view, so a change shows at once", async () => {
    const { team, members } = await createTeam(["EDITOR", "FACT_CHECKER"]);
    await seedClaims(team.id, [members.FACT_CHECKER.userId], 40, new Date());
    const before = await getDashboard(members.EDITOR);
    expect(before.asOf).toBeNull();
    const claim = await db.claim.findFirstOrThrow({ where: { teamId: team.id, status: "IN_REVIEW" } });
    await db.claim.update({ where: { id: claim.id }, data: { status: "PUBLISHED", reviewedAt: new Date() } });
    const after = await getDashboard(members.EDITOR);
    expect(after.asOf).toBeNull();
    const published = (dashboard: typeof after) => dashboard.statusCounts.find((row) => row.status === "PUBLISHED")!;
    expect(published(after).count).toBe(published(before).count + 1);
    expect(figuresOf(after)).toEqual(await expectedFigures(team.id, new Date(after.now)));
    expect(await pendingRefreshes(team.id)).toBe(0);
  });

  it("keeps each team's figures to itself, in the stored rows and in the refresh job", async () => {
    const big = await bigTeam();
    const small = await createTeam(["EDITOR"]);
    await seedClaims(small.team.id, [small.members.EDITOR.userId], 30, new Date());
    const bigView = await getDashboard(big.members.EDITOR);
    const smallView = await getDashboard(small.members.EDITOR);
    expect(smallView.statusCounts.reduce((total, row) => total + row.count, 0)).toBe(30);
    expect(smallView.workload.map((row) => row.name)).toEqual([small.members.EDITOR.name]);
    const bigClaims = new Set(
      (await db.claim.findMany({ where: { teamId: big.team.id }, select: { id: true } })).map((claim) => claim.id),
    );
    expect(smallView.oldestUnreviewed.some((claim) => bigClaims.has(claim.id))).toBe(false);
    expect(bigView.oldestUnreviewed.every((claim) => bigClaims.has(claim.id))).toBe(true);

    // The big team's refresh counts only its own claims and leaves the small team's row alone.
    const smallRow = await db.teamDashboardRollup.findUniqueOrThrow({ where: { teamId: small.team.id } });
    await getDashboard(big.members.EDITOR, { now: new Date(Date.now() + 61_000) });
    const queued = await db.job.findFirstOrThrow({
      where: { teamId: big.team.id, kind: DASHBOARD_JOB_KIND, status: "QUEUED" },
    });
    expect(queued.subjectId).toBe(big.team.id);
    await runDueJobs();
    expect(await db.teamDashboardRollup.findUniqueOrThrow({ where: { teamId: small.team.id } })).toEqual(smallRow);
    const bigRow = await db.teamDashboardRollup.findUniqueOrThrow({ where: { teamId: big.team.id } });
    const counted = (bigRow.figures as { statusCounts: { count: number }[] }).statusCounts.reduce(
      (total, row) => total + row.count,
      0,
    );
    expect(counted).toBe(LIVE_CLAIM_LIMIT + 50);
  });
});
