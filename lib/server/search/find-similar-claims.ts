import "server-only";
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

/**
 * "Seen elsewhere": claims in the team's other articles that say the same thing, best first,
 * with their verdict and status, so checked work is reused rather than redone.
 */
export async function findSimilarClaims(member: Member, input: { claimId: string; limit?: number }): Promise<SimilarClaim[]> {
  assertCan(member, "team.read");
  const claim = await db.claim.findFirst({ where: { id: input.claimId, teamId: member.teamId }, select: { id: true } });
  if (!claim) throw new AppError("NOT_FOUND");
  const rows = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', ${String(SIMILARITY_THRESHOLD)}, true)`;
    return tx.$queryRaw<{ id: string; score: number }[]>`
    SELECT o.id, similarity(o."searchText", c."searchText")::float8 AS score
    FROM "Claim" c
    JOIN "Claim" o ON o."teamId" = c."teamId" AND o."articleId" <> c."articleId"
    -- % is pg_trgm's "similar" operator (the threshold set above), which the trigram index serves.
    WHERE c.id = ${claim.id}::uuid AND o."searchText" % c."searchText" AND similarity(o."searchText", c."searchText") >= ${SIMILARITY_THRESHOLD}
    ORDER BY score DESC, o.id
    LIMIT ${input.limit ?? 5}`;
  });
  const details = await db.claim.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: { id: true, statement: true, status: true, verdict: { select: { key: true, name: true, nameAr: true, color: true } }, article: { select: { id: true, title: true, language: true, direction: true } } },
  });
  const byId = new Map(details.map((row) => [row.id, row]));
  return rows.flatMap((row) => {
    const detail = byId.get(row.id);
    return detail ? [{ ...detail, score: row.score }] : [];
  });
}
