import "server-only";
import { z } from "zod";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { claimLikeness, isAlike, WORDING_THRESHOLD, type LikenessReason } from "@/lib/domain/claims/claim-likeness";
import { AppError } from "@/lib/errors";
import { claimTraitsSelect, dateOf, entityNames, traitsOf, type ClaimTraitsRow } from "./claim-traits";
import { nearestClaims } from "./nearest-claims";

export interface SimilarClaim {
  id: string;
  statement: string;
  score: number;
  /** Why it is alike: shared wording, claimant, entities, type, figures. */
  reasons: LikenessReason[];
  daysApart: number | null;
  status: string;
  verdict: { key: string; name: string; nameAr: string | null; color: string } | null;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
}

/** Kept from pg_trgm's bar for "seen elsewhere" by wording (also used by "already checked"). */
export const SIMILARITY_THRESHOLD = WORDING_THRESHOLD;

/** Claims by the same claimant looked at on each side of the claim's date. */
const SAME_CLAIMANT_EACH_SIDE = 15;

/**
 * "Seen elsewhere": claims in the team's other articles that say the same thing — in the same
 * words or in another language — best first, each with why (claim-likeness.ts explains the
 * scoring), so checked work is reused rather than redone. Candidates are the nearest claims by
 * wording (trigram index) and the claimant's claims around the same date (claimant index): a
 * bounded few dozen whatever the team's size, read in five statements.
 */
export async function findSimilarClaims(
  member: Member,
  input: { claimId: string; limit?: number },
): Promise<SimilarClaim[]> {
  assertCan(member, "team.read");
  if (!z.uuid().safeParse(input.claimId).success) throw new AppError("NOT_FOUND");
  const [around, claim] = await Promise.all([
    nearestClaims(member.teamId, input.claimId),
    db.claim.findFirst({ where: { id: input.claimId, teamId: member.teamId }, select: claimTraitsSelect }),
  ]);
  if (!around || !claim) throw new AppError("NOT_FOUND");
  const wording = new Map(
    around.nearest
      .filter((near) => near.articleId !== claim.articleId)
      .map((near) => [near.id, 1 - near.distance] as const),
  );
  const sameClaimant = await claimantsClaimsAround(member.teamId, claim);
  const candidates = await db.claim.findMany({
    where: { id: { in: [...new Set([...wording.keys(), ...sameClaimant])] }, teamId: member.teamId },
    select: claimTraitsSelect,
  });
  const entities = await entityNames(member.teamId, [claim, ...candidates]);
  const mine = traitsOf(claim, entities);
  return candidates
    .filter((other) => other.articleId !== claim.articleId)
    .map((other) => ({
      other,
      likeness: claimLikeness(mine, traitsOf(other, entities), wording.get(other.id) ?? null),
    }))
    .filter(({ likeness }) => isAlike(likeness))
    .sort((a, b) => b.likeness.score - a.likeness.score || (a.other.id < b.other.id ? -1 : 1))
    .slice(0, input.limit ?? 5)
    .map(({ other, likeness }) => ({
      id: other.id,
      statement: other.statement,
      score: Math.min(1, likeness.score),
      reasons: likeness.reasons,
      daysApart: likeness.daysApart,
      status: other.status,
      verdict: other.verdict,
      article: {
        id: other.article.id,
        title: other.article.title,
        language: other.article.language,
        direction: other.article.direction,
      },
    }));
}

/** The claimant's claims in other articles nearest the claim's date, on both sides (Claim_claimant_claimedAt_id_idx). */
async function claimantsClaimsAround(teamId: string, claim: ClaimTraitsRow & { articleId: string }): Promise<string[]> {
  if (!claim.claimantId) return [];
  const date = dateOf(claim);
  const rows = await db.$queryRaw<{ id: string }[]>`
    (SELECT o.id FROM "Claim" o
      WHERE o."claimantId" = ${claim.claimantId}::uuid AND o."teamId" = ${teamId}::uuid
        AND o."articleId" <> ${claim.articleId}::uuid AND o."claimedAt" <= ${date}
      ORDER BY o."claimedAt" DESC LIMIT ${SAME_CLAIMANT_EACH_SIDE})
    UNION
    (SELECT o.id FROM "Claim" o
      WHERE o."claimantId" = ${claim.claimantId}::uuid AND o."teamId" = ${teamId}::uuid
        AND o."articleId" <> ${claim.articleId}::uuid AND o."claimedAt" > ${date}
      ORDER BY o."claimedAt" ASC LIMIT ${SAME_CLAIMANT_EACH_SIDE})`;
  return rows.map((row) => row.id);
}
