import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export interface ClaimMatch {
  id: string;
  statement: string;
  articleTitle: string;
  language: string;
  direction: "rtl" | "ltr";
}

/** Claims of the team whose statement or quote contains the words, newest first (for pickers). */
export async function findClaims(member: Member, input: { query: string }): Promise<ClaimMatch[]> {
  assertCan(member, "team.read");
  const query = input.query.trim();
  const rows = await db.claim.findMany({
    where: {
      teamId: member.teamId,
      ...(query
        ? {
            OR: [
              { statement: { contains: query, mode: "insensitive" } },
              { exact: { contains: query, mode: "insensitive" } },
            ],
          }
        : {}),
    },
    orderBy: { updatedAt: "desc" },
    take: 20,
    select: { id: true, statement: true, article: { select: { title: true, language: true, direction: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    statement: row.statement,
    articleTitle: row.article.title,
    language: row.article.language,
    direction: row.article.direction,
  }));
}
