import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** At most this many cases listed on an item's page (an item is in a handful of cases, not hundreds). */
export const CASES_OF_SHOWN = 50;
/** At most this many of the team's cases offered by the "add to case" control (newest first). */
export const CASE_CHOICES_SHOWN = 100;

export type CaseItemKind = "article" | "claim" | "source";

export interface CaseRef {
  id: string;
  title: string;
}

export interface CasesOf {
  /** The cases the item is in (a claim: chosen into, or through its all-claims article). */
  in: (CaseRef & { via?: "article" })[];
  /** The team's newest cases the item could be added to. */
  choices: CaseRef[];
}

/**
 * Which of the team's cases an article, claim or source is in, for its page, and the cases it
 * could go into: two statements whatever the sizes. Another team's item is in none of them.
 */
export async function listCasesOf(member: Member, kind: CaseItemKind, id: string): Promise<CasesOf> {
  assertCan(member, "team.read");
  const inCase: Prisma.CaseWhereInput =
    kind === "article"
      ? { articles: { some: { articleId: id } } }
      : kind === "source"
        ? { sources: { some: { sourceId: id } } }
        : {
            OR: [
              { claims: { some: { claimId: id } } },
              { articles: { some: { allClaims: true, article: { claims: { some: { id } } } } } },
            ],
          };
  const [rows, choices] = await Promise.all([
    db.case.findMany({
      where: { teamId: member.teamId, ...inCase },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: CASES_OF_SHOWN,
      select: {
        id: true,
        title: true,
        ...(kind === "claim" ? { claims: { where: { claimId: id }, select: { caseId: true } } } : {}),
      },
    }),
    db.case.findMany({
      where: { teamId: member.teamId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: CASE_CHOICES_SHOWN,
      select: { id: true, title: true },
    }),
  ]);
  return {
    in: rows.map((row) => ({
      id: row.id,
      title: row.title,
      ...(kind === "claim" && !("claims" in row && Array.isArray(row.claims) && row.claims.length)
        ? { via: "article" as const }
        : {}),
    })),
    choices,
  };
}
