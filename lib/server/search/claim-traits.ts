import "server-only";
import { db } from "@/lib/db";
import { entitiesMentioned, numbersIn, type ClaimTraits } from "@/lib/domain/claims/claim-likeness";

/**
 * What claim-likeness.ts compares, read for claims of the database: type, claimant and
 * intermediary, date, and the figures and entities their words name. Shared by "seen elsewhere"
 * and "already checked".
 */
export const claimTraitsSelect = {
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

export interface ClaimTraitsRow {
  claimantId: string | null;
  reportedViaId: string | null;
  statement: string;
  exact: string;
  type: string;
  claimedAt: Date | null;
  createdAt: Date;
  article: { publishedAt: Date | null };
}

/** Names per entity matched against texts: the entity's two names and its first aliases. */
const NAMES_PER_ENTITY = 12;

export const dateOf = (claim: ClaimTraitsRow) => claim.claimedAt ?? claim.article.publishedAt ?? claim.createdAt;

/** The names of every entity the claims name as claimant or intermediary, to find them in the other claims' texts. */
export async function entityNames(
  teamId: string,
  claims: Pick<ClaimTraitsRow, "claimantId" | "reportedViaId">[],
): Promise<{ id: string; names: string[] }[]> {
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

export function traitsOf(claim: ClaimTraitsRow, entities: { id: string; names: string[] }[]): ClaimTraits {
  return textTraits(`${claim.statement} ${claim.exact}`, { ...claim, date: dateOf(claim) }, entities);
}

/** The traits of any text (a claim's words, a suggested sentence) with what is known about who said it and when. */
export function textTraits(
  text: string,
  known: Pick<ClaimTraits, "type" | "claimantId" | "reportedViaId" | "date">,
  entities: { id: string; names: string[] }[],
): ClaimTraits {
  return {
    type: known.type,
    claimantId: known.claimantId,
    reportedViaId: known.reportedViaId,
    date: known.date,
    numbers: numbersIn(text),
    mentions: entitiesMentioned(text, entities),
  };
}
