import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { TReviewQueueFilters } from "@/lib/schemas/ratings";
import { queueRowSelect, toQueueItem, type QueueItem } from "./queue-item";

/** How many the review page lists; the rest wait their turn (each one handled makes room). */
export const ATTENTION_LIMIT = 20;

/**
 * Published claims (corrections in progress too) whose quote a later revision of the article changed (FUZZY) or removed
 * (ORPHANED), and that nobody has re-anchored or acknowledged yet: the review queue's "needs
 * attention" list, longest waiting first, with the queue's filters, at most `limit` of them.
 * Read through the (teamId, anchorStatus) index: only the few broken anchors, never the team's claims.
 */
export async function listClaimsNeedingAttention(
  member: Member,
  filters: Partial<TReviewQueueFilters> = {},
  limit = ATTENTION_LIMIT,
): Promise<QueueItem[]> {
  assertCan(member, "team.read");
  const rows = await db.claim.findMany({
    where: {
      teamId: member.teamId,
      // Anything with a published version, a correction in progress included; a retraction settles it.
      publishedVersion: { gt: 0 },
      status: { not: "RETRACTED" },
      anchorStatus: { in: ["FUZZY", "ORPHANED"] },
      anchorAcknowledgedAt: null,
      ...(filters.articleId ? { articleId: filters.articleId } : {}),
      ...(filters.assigneeId ? { assigneeId: filters.assigneeId } : {}),
      ...(filters.type ? { type: filters.type } : {}),
      ...(filters.tagId ? { tags: { some: { tagId: filters.tagId } } } : {}),
    },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: Math.min(Math.max(1, limit), 100),
    select: queueRowSelect,
  });
  return rows.map(toQueueItem);
}
