import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { newestFirstKey, PAGE_SIZE, pageOf, type Page } from "@/lib/domain/paging/keyset-cursor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TClaimStatus } from "@/lib/schemas/claims";
import { afterNewestFirst } from "@/lib/server/paging/after-cursor";
import { sortTagChips, tagChipSelect, type TagChip } from "@/lib/server/tags/tag-dto";

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
  /** The desk's tags (internal: never in anything public). */
  tags: TagChip[];
}

export interface ArticleListPage extends Page<ArticleListItem> {
  /** All the team's articles (an index-only count: cheap at any newsroom's size). */
  total: number;
}

/**
 * One page of the team's articles, newest first, with each one's claims by status. The counts
 * are grouped over the page's articles only, so a page costs the same with 20 or 20,000 articles.
 */
export async function listArticles(
  member: Member,
  options: { cursor?: string | null; tagId?: string | null } = {},
): Promise<ArticleListPage> {
  assertCan(member, "team.read");
  // A tag narrows the list (ArticleTag's primary key per article walked); another team's tag matches nothing.
  const tagged: Prisma.ArticleWhereInput = options.tagId ? { tags: { some: { tagId: options.tagId } } } : {};
  const where: Prisma.ArticleWhereInput = {
    teamId: member.teamId,
    ...tagged,
    ...afterNewestFirst<Prisma.ArticleWhereInput>(options.cursor),
  };
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: PAGE_SIZE + 1,
      select: {
        id: true,
        title: true,
        publisher: true,
        language: true,
        direction: true,
        publishedAt: true,
        createdAt: true,
        // The page's tags in one more query, not one per row.
        tags: { select: { tag: { select: tagChipSelect } } },
      },
    }),
    db.article.count({ where: { teamId: member.teamId, ...tagged } }),
  ]);
  const page = pageOf(rows, PAGE_SIZE, (row) => newestFirstKey(row, row.createdAt));
  const counts = page.items.length
    ? await db.claim.groupBy({
        by: ["articleId", "status"],
        where: { teamId: member.teamId, articleId: { in: page.items.map((row) => row.id) } },
        _count: { _all: true },
      })
    : [];
  const progress = new Map<string, Partial<Record<TClaimStatus, number>>>();
  for (const count of counts) {
    const entry = progress.get(count.articleId) ?? {};
    entry[count.status] = count._count._all;
    progress.set(count.articleId, entry);
  }
  return {
    total,
    nextCursor: page.nextCursor,
    items: page.items.map((row) => {
      const byStatus = progress.get(row.id) ?? {};
      return {
        ...row,
        progress: byStatus,
        tags: sortTagChips(row.tags.map((entry) => entry.tag)),
        claimCount: Object.values(byStatus).reduce((sum, count) => sum + count, 0),
        publishedAt: row.publishedAt?.toISOString() ?? null,
        createdAt: row.createdAt.toISOString(),
      };
    }),
  };
}
