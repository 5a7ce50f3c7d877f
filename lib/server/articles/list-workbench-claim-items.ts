import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { inOrder, PANEL_PAGE_SIZE } from "./get-article-workbench";
import { toWorkbenchClaimItem, workbenchClaimItemSelect, type WorkbenchClaimItem } from "./workbench-claim-item";

/**
 * A further page of the reader's claims panel: the rows of the given claims of one article (the
 * page knows their reading order), at most a page; claims of another team or article are left out.
 */
export async function listWorkbenchClaimItems(
  member: Member,
  input: { articleId: string; claimIds: string[] },
): Promise<WorkbenchClaimItem[]> {
  assertCan(member, "team.read");
  const ids = input.claimIds.slice(0, PANEL_PAGE_SIZE);
  if (ids.length === 0) return [];
  const rows = await db.claim.findMany({
    where: { id: { in: ids }, articleId: input.articleId, teamId: member.teamId },
    select: workbenchClaimItemSelect,
  });
  return inOrder(rows.map(toWorkbenchClaimItem), ids);
}
