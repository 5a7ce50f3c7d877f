import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { PAGE_SIZE, type Page } from "@/lib/domain/paging/keyset-cursor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TReviewQueueFilters } from "@/lib/schemas/ratings";
import { afterNullableDate, nullableDateCursor } from "@/lib/server/paging/after-nullable-date";
import { queueRowSelect, toQueueItem, type QueueItem } from "./queue-item";

export type { QueueItem } from "./queue-item";

/**
 * One page of the claims waiting for review, oldest submission first, filtered by article,
 * assignee and type; only what a row of the queue shows.
 */
export async function listReviewQueue(
  member: Member,
  filters: Partial<TReviewQueueFilters> & { cursor?: string | null } = {},
): Promise<Page<QueueItem>> {
  assertCan(member, "team.read");
  const rows = await db.claim.findMany({
    where: {
      teamId: member.teamId,
      status: "IN_REVIEW",
      ...(filters.articleId ? { articleId: filters.articleId } : {}),
      ...(filters.assigneeId ? { assigneeId: filters.assigneeId } : {}),
      ...(filters.type ? { type: filters.type } : {}),
      ...(filters.tagId ? { tags: { some: { tagId: filters.tagId } } } : {}),
      AND: [afterNullableDate<Prisma.ClaimWhereInput>(filters.cursor, "submittedAt", "asc")],
    },
    orderBy: [{ submittedAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: PAGE_SIZE + 1,
    select: queueRowSelect,
  });
  const items = rows.slice(0, PAGE_SIZE);
  const last = items.at(-1);
  return {
    items: items.map(toQueueItem),
    nextCursor: rows.length > PAGE_SIZE && last ? nullableDateCursor(last, last.submittedAt) : null,
  };
}
