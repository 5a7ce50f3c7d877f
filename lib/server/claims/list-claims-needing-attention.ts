import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { TReviewQueueFilters } from "@/lib/schemas/ratings";
import { claimSelect, toClaimDto } from "./claim-dto";
import type { QueueItem } from "./list-review-queue";

/**
 * Published claims (corrections in progress too) whose quote a later revision of the article changed (FUZZY) or removed
 * (ORPHANED), and that nobody has re-anchored or acknowledged yet: the review queue's "needs
 * attention" list, longest waiting first, with the queue's filters.
 */
export async function listClaimsNeedingAttention(
  member: Member,
  filters: Partial<TReviewQueueFilters> = {},
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
    },
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    take: 500,
    select: { ...claimSelect, article: { select: { id: true, title: true, language: true, direction: true } } },
  });
  return rows.map((row) => ({ claim: toClaimDto(row), article: row.article }));
}
