import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { newestFirstKey, pageOf, PAGE_SIZE, type Page } from "@/lib/domain/paging/keyset-cursor";
import { previewText } from "@/lib/domain/text/preview-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { afterNewestFirst } from "@/lib/server/paging/after-cursor";

export interface AssignedClaimDto {
  id: string;
  statement: string;
  status: string;
  statusChangedAt: string;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
}

/**
 * "Assigned to me": one page of the claims assigned to the member now, latest status change
 * first, read by Claim(teamId, assigneeId, statusChangedAt, id) whatever the team's size. A
 * claim that moves while someone pages jumps to the first page (it changed: that is news).
 */
export async function listAssignedClaims(
  member: Member,
  input: { cursor?: string | null } = {},
): Promise<Page<AssignedClaimDto>> {
  assertCan(member, "team.read");
  const rows = await db.claim.findMany({
    where: {
      teamId: member.teamId,
      assigneeId: member.userId,
      ...afterNewestFirst<Prisma.ClaimWhereInput>(input.cursor, "statusChangedAt"),
    },
    orderBy: [{ statusChangedAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: {
      id: true,
      statement: true,
      status: true,
      statusChangedAt: true,
      article: { select: { id: true, title: true, language: true, direction: true } },
    },
  });
  const page = pageOf(rows, PAGE_SIZE, (row) => newestFirstKey(row, row.statusChangedAt));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((row) => ({
      id: row.id,
      statement: previewText(row.statement),
      status: row.status,
      statusChangedAt: row.statusChangedAt.toISOString(),
      article: { ...row.article, title: previewText(row.article.title, 120) },
    })),
  };
}
