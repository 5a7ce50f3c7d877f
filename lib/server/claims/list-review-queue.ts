import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { TReviewQueueFilters } from "@/lib/schemas/ratings";
import { claimSelect, toClaimDto, type ClaimDto } from "./claim-dto";

export interface QueueItem {
  claim: ClaimDto;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
}

/** Claims waiting for review, oldest submission first, filtered by article, assignee and type. */
export async function listReviewQueue(
  member: Member,
  filters: Partial<TReviewQueueFilters> = {},
): Promise<QueueItem[]> {
  assertCan(member, "team.read");
  const rows = await db.claim.findMany({
    where: {
      teamId: member.teamId,
      status: "IN_REVIEW",
      ...(filters.articleId ? { articleId: filters.articleId } : {}),
      ...(filters.assigneeId ? { assigneeId: filters.assigneeId } : {}),
      ...(filters.type ? { type: filters.type } : {}),
    },
    orderBy: [{ submittedAt: "asc" }, { createdAt: "asc" }],
    take: 500,
    select: { ...claimSelect, article: { select: { id: true, title: true, language: true, direction: true } } },
  });
  return rows.map((row) => ({ claim: toClaimDto(row), article: row.article }));
}
