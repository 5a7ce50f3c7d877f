import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { casualtyConflicts, type CasualtyCounts, type CountConflict } from "@/lib/domain/claims/casualty-conflicts";
import { AppError } from "@/lib/errors";
import { nearestClaims } from "./nearest-claims";

export interface ConflictingClaim {
  id: string;
  statement: string;
  claimant: string | null;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
  conflicts: CountConflict[];
}

/** How alike two casualty reports must read to be taken as about the same event (when not in one article). */
const SAME_EVENT_SIMILARITY = 0.15;

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
  // The same article's casualty reports, and those among the claim's nearest claims elsewhere
  // (the list "seen elsewhere" reads too: one index walk per page, whose cost does not grow
  // with the team's claims).
  const [sameArticle, around] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`
      SELECT o.id FROM "Claim" c
      JOIN "Claim" o ON o."articleId" = c."articleId" AND o.id <> c.id AND o.type = 'CASUALTY_REPORT'
      WHERE c.id = ${claim.id}::uuid`,
    nearestClaims(member.teamId, claim.id),
  ]);
  const alike = (around?.nearest ?? []).filter(
    (near) => near.type === "CASUALTY_REPORT" && near.distance <= 1 - SAME_EVENT_SIMILARITY,
  );
  const candidates = [...new Set([...sameArticle, ...alike].map((row) => row.id))];
  const others = await db.claim.findMany({
    where: { id: { in: candidates } },
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
