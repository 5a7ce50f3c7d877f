import "server-only";
import { db } from "@/lib/db";

export interface CaseCounts {
  articles: number;
  claims: number;
  sources: number;
}

/**
 * Each case's articles, claims (chosen, and all those of its all-claims articles) and sources
 * (listed, and cited by its claims), for a page of cases in one statement: the membership rule
 * of case-scope.ts, over many cases at once. The ids must be the member's cases.
 */
export async function countCaseMembers(caseIds: readonly string[]): Promise<Map<string, CaseCounts>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ caseId: string; articles: number; claims: number; sources: number }[]>`
    WITH k AS (SELECT unnest(${[...caseIds]}::uuid[]) AS id),
    claims AS (
      SELECT cc."caseId", cc."claimId" FROM "CaseClaim" cc JOIN k ON k.id = cc."caseId"
      UNION
      SELECT ca."caseId", c.id FROM "CaseArticle" ca JOIN k ON k.id = ca."caseId"
        JOIN "Claim" c ON c."articleId" = ca."articleId" WHERE ca."allClaims"
    ),
    sources AS (
      SELECT cs."caseId", cs."sourceId" FROM "CaseSource" cs JOIN k ON k.id = cs."caseId"
      UNION
      SELECT claims."caseId", e."sourceId" FROM claims JOIN "Evidence" e ON e."claimId" = claims."claimId"
    )
    SELECT k.id::text AS "caseId",
      (SELECT count(*) FROM "CaseArticle" ca WHERE ca."caseId" = k.id)::int AS articles,
      (SELECT count(*) FROM claims WHERE claims."caseId" = k.id)::int AS claims,
      (SELECT count(*) FROM sources WHERE sources."caseId" = k.id)::int AS sources
    FROM k`;
  return new Map(rows.map(({ caseId, ...counts }) => [caseId, counts]));
}

export const noCounts: CaseCounts = { articles: 0, claims: 0, sources: 0 };
