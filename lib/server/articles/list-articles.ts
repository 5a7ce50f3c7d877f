import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { TClaimStatus } from "@/lib/schemas/claims";

export interface ArticleListItem {
  id: string;
  title: string;
  publisher: string | null;
  language: string;
  direction: "rtl" | "ltr";
  publishedAt: string | null;
  createdAt: string;
  claimCount: number;
  /** Claims by status, for the progress bar. */
  progress: Partial<Record<TClaimStatus, number>>;
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
  const counts = await db.claim.groupBy({
    by: ["articleId", "status"],
    where: { teamId: member.teamId },
    _count: { _all: true },
  });
  const progressOf = (articleId: string) =>
    Object.fromEntries(
      counts.filter((count) => count.articleId === articleId).map((count) => [count.status, count._count._all]),
    ) as Partial<Record<TClaimStatus, number>>;
  return rows.map(({ _count, ...row }) => ({
    ...row,
    progress: progressOf(row.id),
    claimCount: _count.claims,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  }));
}
