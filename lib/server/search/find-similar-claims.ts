import "server-only";
import { z } from "zod";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface SimilarClaim {
  id: string;
  statement: string;
  score: number;
  status: string;
  verdict: { key: string; name: string; nameAr: string | null; color: string } | null;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
}

/**
 * Trigram similarity (0–1) above which another claim counts as "the same claim, seen
 * elsewhere". Lower than pg_trgm's default 0.3: Arabic reports of one statement paraphrase
 * and attach clitics (للتفاوض / التفاوض), and the reference articles' shared statement scores 0.23.
 */
export const SIMILARITY_THRESHOLD = 0.2;

/** Nearest neighbours looked at before dropping those in the same article. */
const CANDIDATES = 50;

/**
 * "Seen elsewhere": claims in the team's other articles that say the same thing, best first,
 * with their verdict and status, so checked work is reused rather than redone.
 */
export async function findSimilarClaims(
  member: Member,
  input: { claimId: string; limit?: number },
): Promise<SimilarClaim[]> {
  assertCan(member, "team.read");
  if (!z.uuid().safeParse(input.claimId).success) throw new AppError("NOT_FOUND");
  // Nearest by trigram distance (1 - similarity) through the GiST index, then kept if alike enough.
  // The claim is looked up in the member's team by the query itself (one statement fewer per page).
  const rows = await db.$queryRaw<{ id: string; score: number }[]>`
    SELECT near.id, (1 - near.distance)::float8 AS score
    FROM "Claim" c
    CROSS JOIN LATERAL (
      SELECT o.id, o."articleId", o."searchText" <-> c."searchText" AS distance
      FROM "Claim" o
      WHERE o."teamId" = c."teamId" AND o.id <> c.id
      ORDER BY o."searchText" <-> c."searchText"
      LIMIT ${CANDIDATES}
    ) near
    WHERE c.id = ${input.claimId}::uuid AND c."teamId" = ${member.teamId}::uuid AND near."articleId" <> c."articleId" AND near.distance <= ${1 - SIMILARITY_THRESHOLD}
    ORDER BY near.distance, near.id
    LIMIT ${input.limit ?? 5}`;
  if (rows.length === 0) {
    // Nothing alike, or no such claim in this team: only the second is refused.
    const claim = await db.claim.findFirst({
      where: { id: input.claimId, teamId: member.teamId },
      select: { id: true },
    });
    if (!claim) throw new AppError("NOT_FOUND");
    return [];
  }
  const details = await db.claim.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: {
      id: true,
      statement: true,
      status: true,
      verdict: { select: { key: true, name: true, nameAr: true, color: true } },
      article: { select: { id: true, title: true, language: true, direction: true } },
    },
  });
  const byId = new Map(details.map((row) => [row.id, row]));
  return rows.flatMap((row) => {
    const detail = byId.get(row.id);
    return detail ? [{ ...detail, score: row.score }] : [];
  });
}
