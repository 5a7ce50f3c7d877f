import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { CLAIM_STATUSES, type TClaimStatus } from "@/lib/schemas/claims";
import { listRatingScale } from "@/lib/server/ratings/list-rating-scale";

export interface DashboardDto {
  statusCounts: { status: TClaimStatus; count: number }[];
  verdicts: { key: string; name: string; nameAr: string | null; color: string; count: number }[];
  /** Claims approved per day over the last 30 days (UTC dates). */
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
}

const DAYS = 30;
const OPEN: TClaimStatus[] = ["NEW", "IN_PROGRESS", "CHANGES_REQUESTED"];
const DONE: TClaimStatus[] = ["APPROVED", "PUBLISHED", "CORRECTED"];

/** The editors' numbers: status funnel, verdicts, throughput, workload and what has waited longest. */
export async function getDashboard(member: Member): Promise<DashboardDto> {
  assertCan(member, "team.read");
  const teamId = member.teamId;
  const since = new Date(Date.now() - DAYS * 86_400_000);
  const [byStatus, byVerdict, scale, perDay, byAssignee, oldest] = [
    await db.claim.groupBy({ by: ["status"], where: { teamId }, _count: { _all: true } }),
    await db.claim.groupBy({ by: ["verdictId"], where: { teamId, verdictId: { not: null } }, _count: { _all: true } }),
    await listRatingScale(member),
    await db.$queryRaw<{ day: string; count: bigint }[]>`
      SELECT to_char(date_trunc('day', "reviewedAt"), 'YYYY-MM-DD') AS day, count(*) AS count
      FROM "Claim" WHERE "teamId" = ${teamId}::uuid AND "reviewedAt" >= ${since} AND status IN ('APPROVED', 'PUBLISHED', 'CORRECTED')
      GROUP BY 1 ORDER BY 1`,
    // Unassigned claims count for whoever created them: someone is carrying that work.
    await db.$queryRaw<{ assigneeId: string; status: TClaimStatus; count: bigint }[]>`
      SELECT COALESCE("assigneeId", "createdById") AS "assigneeId", status, count(*) AS count
      FROM "Claim" WHERE "teamId" = ${teamId}::uuid AND COALESCE("assigneeId", "createdById") IS NOT NULL
      GROUP BY 1, 2`,
    await db.claim.findMany({
      where: { teamId, status: "IN_REVIEW" },
      orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
      take: 10,
      select: {
        id: true,
        statement: true,
        submittedAt: true,
        article: { select: { title: true, language: true, direction: true } },
      },
    }),
  ];
  const statusCount = new Map(byStatus.map((row) => [row.status, row._count._all]));
  const verdictCount = new Map(byVerdict.map((row) => [row.verdictId, row._count._all]));
  const people = await db.user.findMany({
    where: { id: { in: [...new Set(byAssignee.map((row) => row.assigneeId!))] } },
    select: { id: true, name: true },
  });
  const workload = people
    .map((person) => {
      const rows = byAssignee.filter((row) => row.assigneeId === person.id);
      const sum = (statuses: TClaimStatus[]) =>
        rows.filter((row) => statuses.includes(row.status)).reduce((total, row) => total + Number(row.count), 0);
      return { name: person.name, open: sum(OPEN), inReview: sum(["IN_REVIEW"]), done: sum(DONE) };
    })
    .sort((a, b) => b.open + b.inReview - (a.open + a.inReview) || a.name.localeCompare(b.name));
  const perDayMap = new Map(perDay.map((row) => [row.day, Number(row.count)]));
  const checkedPerDay = Array.from({ length: DAYS }, (_, index) => {
    const day = new Date(since.getTime() + (index + 1) * 86_400_000).toISOString().slice(0, 10);
    return { day, count: perDayMap.get(day) ?? 0 };
  });
  return {
    statusCounts: CLAIM_STATUSES.map((status) => ({ status, count: statusCount.get(status) ?? 0 })),
    verdicts: scale.map((label) => ({
      key: label.key,
      name: label.name,
      nameAr: label.nameAr,
      color: label.color,
      count: verdictCount.get(label.id) ?? 0,
    })),
    checkedPerDay,
    workload,
    oldestUnreviewed: oldest.map((row) => ({
      id: row.id,
      statement: row.statement,
      submittedAt: row.submittedAt?.toISOString() ?? null,
      articleTitle: row.article.title,
      language: row.article.language,
      direction: row.article.direction,
    })),
  };
}
