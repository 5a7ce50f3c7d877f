import "server-only";
import type { Member } from "@/lib/auth/member";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The one place that says what belongs to a case. A claim is in a case when it was chosen into
 * it (CaseClaim) or its article was added with all its claims (CaseArticle.allClaims), which
 * takes in claims split later too. A source is in a case when listed (CaseSource) or cited by
 * one of the case's claims.
 */

/** The member's case: every read and write of a case starts from this where. */
export const caseWhere = (member: Pick<Member, "teamId">, caseId: string) =>
  ({ id: caseId, teamId: member.teamId }) satisfies Prisma.CaseWhereInput;

export const claimsOfCaseWhere = (caseId: string) =>
  ({
    OR: [{ cases: { some: { caseId } } }, { article: { cases: { some: { caseId, allClaims: true } } } }],
  }) satisfies Prisma.ClaimWhereInput;

export const sourcesOfCaseWhere = (caseId: string) =>
  ({
    OR: [{ cases: { some: { caseId } } }, { evidence: { some: { claim: claimsOfCaseWhere(caseId) } } }],
  }) satisfies Prisma.SourceWhereInput;

/** The same membership as SQL, over a claim aliased `c` (raw queries: aggregates, keyset pages). */
export const claimInCaseSql = (caseId: string) => Prisma.sql`(
  EXISTS (SELECT 1 FROM "CaseClaim" cc WHERE cc."caseId" = ${caseId}::uuid AND cc."claimId" = c.id)
  OR EXISTS (SELECT 1 FROM "CaseArticle" ca WHERE ca."caseId" = ${caseId}::uuid AND ca."articleId" = c."articleId" AND ca."allClaims")
)`;
