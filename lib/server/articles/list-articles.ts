import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export interface ArticleListItem {
  id: string;
  title: string;
  publisher: string | null;
  language: string;
  direction: "rtl" | "ltr";
  publishedAt: string | null;
  createdAt: string;
  claimCount: number;
}

export async function listArticles(member: Member): Promise<ArticleListItem[]> {
  assertCan(member, "team.read");
  const rows = await db.article.findMany({
    where: { teamId: member.teamId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      publisher: true,
      language: true,
      direction: true,
      publishedAt: true,
      createdAt: true,
      _count: { select: { claims: true } },
    },
  });
  return rows.map(({ _count, ...row }) => ({
    ...row,
    claimCount: _count.claims,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}
