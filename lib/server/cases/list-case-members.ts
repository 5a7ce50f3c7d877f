import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { TClaimStatus } from "@/lib/schemas/claims";
import { caseWhere } from "./case-scope";

/** At most this many of each kind on the members page; the rest is counted ("and 12 more"). */
export const CASE_MEMBERS_SHOWN = 100;
/** At most this many claims offered to choose from the case's context articles (one query for all of them). */
export const CASE_CLAIM_CHOICES_SHOWN = 200;

type Direction = "rtl" | "ltr";

export interface CaseMembers {
  articles: { id: string; title: string; direction: Direction; allClaims: boolean }[];
  articlesTotal: number;
  /** Claims chosen one by one (besides those of all-claims articles). */
  claims: { id: string; statement: string; status: TClaimStatus; articleTitle: string; direction: Direction }[];
  claimsTotal: number;
  sources: { id: string; title: string; url: string | null; outlet: string | null }[];
  sourcesTotal: number;
  /** The claims of the context (chosen-claims-only) articles, to choose from, marked when chosen. */
  claimChoices: { id: string; articleId: string; statement: string; chosen: boolean }[];
}

/** What the case lists itself (not the sources its claims cite): each kind capped, with its full count. */
export async function listCaseMembers(member: Member, caseId: string): Promise<CaseMembers | null> {
  assertCan(member, "team.read");
  const found = await db.case.findFirst({
    where: caseWhere(member, caseId),
    select: {
      id: true,
      _count: { select: { articles: true, claims: true, sources: true } },
      articles: {
        orderBy: [{ createdAt: "desc" }, { articleId: "asc" }],
        take: CASE_MEMBERS_SHOWN,
        select: { allClaims: true, article: { select: { id: true, title: true, direction: true } } },
      },
      claims: {
        orderBy: [{ createdAt: "desc" }, { claimId: "asc" }],
        take: CASE_MEMBERS_SHOWN,
        select: {
          claim: {
            select: {
              id: true,
              statement: true,
              exact: true,
              status: true,
              article: { select: { title: true, direction: true } },
            },
          },
        },
      },
      sources: {
        orderBy: [{ createdAt: "desc" }, { sourceId: "asc" }],
        take: CASE_MEMBERS_SHOWN,
        select: { source: { select: { id: true, title: true, url: true, outlet: true } } },
      },
    },
  });
  if (!found) return null;
  const contextIds = found.articles.filter((row) => !row.allClaims).map((row) => row.article.id);
  const choices = contextIds.length
    ? await db.claim.findMany({
        where: { teamId: member.teamId, articleId: { in: contextIds } },
        orderBy: [{ articleId: "asc" }, { startOffset: "asc" }, { id: "asc" }],
        take: CASE_CLAIM_CHOICES_SHOWN,
        select: {
          id: true,
          articleId: true,
          statement: true,
          exact: true,
          cases: { where: { caseId }, select: { caseId: true } },
        },
      })
    : [];
  return {
    articles: found.articles.map((row) => ({ ...row.article, allClaims: row.allClaims })),
    articlesTotal: found._count.articles,
    claims: found.claims.map(({ claim }) => ({
      id: claim.id,
      statement: claim.statement || claim.exact,
      status: claim.status,
      articleTitle: claim.article.title,
      direction: claim.article.direction,
    })),
    claimsTotal: found._count.claims,
    sources: found.sources.map((row) => row.source),
    sourcesTotal: found._count.sources,
    claimChoices: choices.map((row) => ({
      id: row.id,
      articleId: row.articleId,
      statement: row.statement || row.exact,
      chosen: row.cases.length > 0,
    })),
  };
}
