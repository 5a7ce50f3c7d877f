import "server-only";
import { z } from "zod";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { nearestClaims } from "./nearest-claims";

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
export async function findSimilarClaims(
  member: Member,
  input: { claimId: string; limit?: number },
): Promise<SimilarClaim[]> {
  assertCan(member, "team.read");
  if (!z.uuid().safeParse(input.claimId).success) throw new AppError("NOT_FOUND");
  // The nearest claims by trigram distance, kept if in another article and alike enough.
  const around = await nearestClaims(member.teamId, input.claimId);
  if (!around) throw new AppError("NOT_FOUND");
  const rows = around.nearest
    .filter((near) => near.articleId !== around.articleId && near.distance <= 1 - SIMILARITY_THRESHOLD)
    .slice(0, input.limit ?? 5)
    .map((near) => ({ id: near.id, score: 1 - near.distance }));
  if (rows.length === 0) return [];
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
