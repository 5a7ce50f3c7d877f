import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { TClaimStatus } from "@/lib/schemas/claims";
import { ensureRatingScale } from "@/lib/server/ratings/ensure-rating-scale";
import { computeDashboardFigures } from "./compute-dashboard-figures";
import {
  claimsCounted,
  DASHBOARD_STALE_MS,
  LIVE_CLAIM_LIMIT,
  readDashboardRollup,
  saveDashboardRollup,
  type TDashboardFigures,
} from "./dashboard-rollup";
import { requestDashboardRefresh } from "./request-dashboard-refresh";

export interface DashboardDto {
  statusCounts: { status: TClaimStatus; count: number }[];
  verdicts: { key: string; name: string; nameAr: string | null; color: string; count: number }[];
  /** Claims approved per day over the 30 days up to the count (UTC dates). */
  checkedPerDay: { day: string; count: number }[];
  /** Work per person (the assignee, else the creator): claims by where they stand. */
  workload: { name: string; open: number; inReview: number; done: number }[];
  oldestUnreviewed: {
    id: string;
    statement: string;
    submittedAt: string | null;
    articleTitle: string;
    language: string;
    direction: "rtl" | "ltr";
  }[];
  /** When the figures were counted, if they were not counted for this view (stored figures); null when live. */
  asOf: string | null;
  /** The moment of this view: the reference for "3 minutes ago". */
  now: string;
}

/**
 * The editors' numbers: status funnel, verdicts, throughput, workload and what has waited longest.
 * A small team's figures are counted on each view; a larger team's are read from the stored rollup
 * (one row), refreshed in the background once they are a minute old and shown with their time
 * meanwhile. Only a team with no stored figures yet is counted in the request, once.
 */
export async function getDashboard(member: Member, options: { now?: Date } = {}): Promise<DashboardDto> {
  assertCan(member, "team.read");
  const teamId = member.teamId;
  const now = options.now ?? new Date();
  const [{ figures, asOf }, labels, oldest] = await Promise.all([
    currentFigures(teamId, now),
    verdictLabels(teamId),
    // Read live: the first ten entries of the (teamId, status, submittedAt, id) index, in its order (ids are
    // time-ordered UUIDv7, so ties still go to the claim created first).
    db.claim.findMany({
      where: { teamId, status: "IN_REVIEW" },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: 10,
      select: {
        id: true,
        statement: true,
        submittedAt: true,
        article: { select: { title: true, language: true, direction: true } },
      },
    }),
  ]);
  const people = await db.user.findMany({
    where: { id: { in: figures.workload.map((row) => row.userId) } },
    select: { id: true, name: true },
  });
  const verdictCount = new Map(figures.verdictCounts.map((row) => [row.labelId, row.count]));
  const nameOf = new Map(people.map((person) => [person.id, person.name]));
  return {
    statusCounts: figures.statusCounts,
    verdicts: labels.map((label) => ({
      key: label.key,
      name: label.name,
      nameAr: label.nameAr,
      color: label.color,
      count: verdictCount.get(label.id) ?? 0,
    })),
    checkedPerDay: figures.checkedPerDay,
    workload: figures.workload
      .flatMap(({ userId, ...work }) => {
        const name = nameOf.get(userId);
        return name === undefined ? [] : [{ name, ...work }];
      })
      .sort((a, b) => b.open + b.inReview - (a.open + a.inReview) || a.name.localeCompare(b.name)),
    oldestUnreviewed: oldest.map((row) => ({
      id: row.id,
      statement: row.statement,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      articleTitle: row.article.title,
      language: row.article.language,
      direction: row.article.direction,
    })),
    asOf: asOf?.toISOString() ?? null,
    now: now.toISOString(),
  };
}

/** The figures to show: counted now for a small team or a first view, else the stored ones (refreshed when old). */
async function currentFigures(teamId: string, now: Date): Promise<{ figures: TDashboardFigures; asOf: Date | null }> {
  const stored = await readDashboardRollup(teamId);
  if (stored && claimsCounted(stored.figures) >= LIVE_CLAIM_LIMIT) {
    if (now.getTime() - stored.computedAt.getTime() >= DASHBOARD_STALE_MS) await requestDashboardRefresh(teamId, now);
    return { figures: stored.figures, asOf: stored.computedAt };
  }
  const figures = await computeDashboardFigures(teamId, now);
  if (!stored || now.getTime() - stored.computedAt.getTime() >= DASHBOARD_STALE_MS) {
    await saveDashboardRollup(db, { teamId, figures, computedAt: now });
  }
  return { figures, asOf: null };
}

/** The team's verdict scale in order, retired labels included; the default scale the first time. */
async function verdictLabels(teamId: string) {
  const read = () =>
    db.ratingLabel.findMany({
      where: { teamId },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true, key: true, name: true, nameAr: true, color: true },
    });
  const labels = await read();
  if (labels.length > 0) return labels;
  await ensureRatingScale(teamId);
  return read();
}
