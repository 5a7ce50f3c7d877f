import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { casualtyConflicts, type CasualtyCounts, type CountConflict } from "@/lib/domain/claims/casualty-conflicts";
import { AppError } from "@/lib/errors";

export interface ConflictingClaim {
  id: string;
  statement: string;
  claimant: string | null;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
  conflicts: CountConflict[];
}

/** How alike two casualty reports must read to be taken as about the same event (when not in one article). */
const SAME_EVENT_SIMILARITY = 0.15;

const countsOf = (details: unknown): CasualtyCounts => ((details as { casualty?: CasualtyCounts } | null)?.casualty ?? {});

/**
 * Casualty reports of the same event (same article, or worded alike elsewhere) whose numbers
 * cannot both be true, each with the counts that disagree.
 */
export async function findConflictingClaims(member: Member, input: { claimId: string }): Promise<ConflictingClaim[]> {
  assertCan(member, "team.read");
  const claim = await db.claim.findFirst({ where: { id: input.claimId, teamId: member.teamId }, select: { id: true, type: true, details: true } });
  if (!claim) throw new AppError("NOT_FOUND");
  if (claim.type !== "CASUALTY_REPORT") return [];
  const candidates = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Claim" c JOIN "Claim" o ON o."teamId" = c."teamId" AND o.id <> c.id AND o.type = 'CASUALTY_REPORT'
    WHERE c.id = ${claim.id}::uuid AND (o."articleId" = c."articleId" OR similarity(o."searchText", c."searchText") >= ${SAME_EVENT_SIMILARITY})
    LIMIT 200`;
  const others = await db.claim.findMany({
    where: { id: { in: candidates.map((row) => row.id) } },
    select: { id: true, statement: true, details: true, claimant: { select: { name: true } }, article: { select: { id: true, title: true, language: true, direction: true } } },
  });
  const mine = countsOf(claim.details);
  return others.flatMap((other) => {
    const conflicts = casualtyConflicts(mine, countsOf(other.details));
    return conflicts.length ? [{ id: other.id, statement: other.statement, claimant: other.claimant?.name ?? null, article: other.article, conflicts }] : [];
  });
}
