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

/** Casualty reports of other articles looked at, nearest first. */
const NEAREST = 50;

const countsOf = (details: unknown): CasualtyCounts =>
  (details as { casualty?: CasualtyCounts } | null)?.casualty ?? {};

/**
 * Casualty reports of the same event (same article, or worded alike elsewhere) whose numbers
 * cannot both be true, each with the counts that disagree.
 */
export async function findConflictingClaims(member: Member, input: { claimId: string }): Promise<ConflictingClaim[]> {
  assertCan(member, "team.read");
  const claim = await db.claim.findFirst({
    where: { id: input.claimId, teamId: member.teamId },
    select: { id: true, type: true, details: true },
  });
  if (!claim) throw new AppError("NOT_FOUND");
  if (claim.type !== "CASUALTY_REPORT") return [];
  // The same article's casualty reports, and the nearest ones elsewhere by trigram distance
  // (through the GiST index, so the cost does not grow with the team's claims).
  const candidates = await db.$queryRaw<{ id: string }[]>`
    SELECT o.id FROM "Claim" c
    JOIN "Claim" o ON o."articleId" = c."articleId" AND o.id <> c.id AND o.type = 'CASUALTY_REPORT'
    WHERE c.id = ${claim.id}::uuid
    UNION
    SELECT near.id FROM "Claim" c
    CROSS JOIN LATERAL (
      SELECT o.id, o."searchText" <-> c."searchText" AS distance
      FROM "Claim" o
      WHERE o."teamId" = c."teamId" AND o.id <> c.id AND o.type = 'CASUALTY_REPORT'
      ORDER BY o."searchText" <-> c."searchText"
      LIMIT ${NEAREST}
    ) near
    WHERE c.id = ${claim.id}::uuid AND near.distance <= ${1 - SAME_EVENT_SIMILARITY}`;
  const others = await db.claim.findMany({
    where: { id: { in: candidates.map((row) => row.id) } },
    select: {
      id: true,
      statement: true,
      details: true,
      claimant: { select: { name: true } },
      article: { select: { id: true, title: true, language: true, direction: true } },
    },
  });
  const mine = countsOf(claim.details);
  return others.flatMap((other) => {
    const conflicts = casualtyConflicts(mine, countsOf(other.details));
    return conflicts.length
      ? [
          {
            id: other.id,
            statement: other.statement,
            claimant: other.claimant?.name ?? null,
            article: other.article,
            conflicts,
          },
        ]
      : [];
  });
}
