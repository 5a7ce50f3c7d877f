import "server-only";
import { z } from "zod";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import {
  claimLikeness,
  entitiesMentioned,
  isAlike,
  numbersIn,
  WORDING_THRESHOLD,
  type ClaimTraits,
  type LikenessReason,
} from "@/lib/domain/claims/claim-likeness";
import { AppError } from "@/lib/errors";
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
/** Names per entity matched against texts: the entity's two names and its first aliases. */
const NAMES_PER_ENTITY = 12;

const traitsSelect = {
  id: true,
  articleId: true,
  statement: true,
  exact: true,
  type: true,
  claimantId: true,
  reportedViaId: true,
  claimedAt: true,
  createdAt: true,
  status: true,
  verdict: { select: { key: true, name: true, nameAr: true, color: true } },
  article: { select: { id: true, title: true, language: true, direction: true, publishedAt: true } },
} as const;

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
    db.claim.findFirst({ where: { id: input.claimId, teamId: member.teamId }, select: traitsSelect }),
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
    select: traitsSelect,
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

type ClaimRow = {
  claimantId: string | null;
  reportedViaId: string | null;
  statement: string;
  exact: string;
  type: string;
} & {
  id: string;
  articleId: string;
  claimedAt: Date | null;
  createdAt: Date;
  article: { publishedAt: Date | null };
};

const dateOf = (claim: ClaimRow) => claim.claimedAt ?? claim.article.publishedAt ?? claim.createdAt;

/** The claimant's claims in other articles nearest the claim's date, on both sides (Claim_claimant_claimedAt_id_idx). */
async function claimantsClaimsAround(teamId: string, claim: ClaimRow): Promise<string[]> {
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

/** The names of every entity the claims name as claimant or intermediary, to find them in the other claims' texts. */
async function entityNames(teamId: string, claims: ClaimRow[]): Promise<{ id: string; names: string[] }[]> {
  const ids = [...new Set(claims.flatMap((claim) => [claim.claimantId, claim.reportedViaId]))].filter(
    (id): id is string => id !== null,
  );
  if (ids.length === 0) return [];
  const rows = await db.entity.findMany({
    where: { id: { in: ids }, teamId },
    select: { id: true, name: true, arabicName: true, aliases: { select: { alias: true }, take: NAMES_PER_ENTITY } },
  });
  return rows.map((row) => ({
    id: row.id,
    names: [row.name, row.arabicName, ...row.aliases.map((alias) => alias.alias)].filter((name): name is string =>
      Boolean(name),
    ),
  }));
}

function traitsOf(claim: ClaimRow, entities: { id: string; names: string[] }[]): ClaimTraits {
  const text = `${claim.statement} ${claim.exact}`;
  return {
    type: claim.type,
    claimantId: claim.claimantId,
    reportedViaId: claim.reportedViaId,
    date: dateOf(claim),
    numbers: numbersIn(text),
    mentions: entitiesMentioned(text, entities),
  };
}
