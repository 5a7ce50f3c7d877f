import "server-only";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Ids chosen in the claim form must belong to the acting member's team: a claimant from
 * another team, or an assignee who is not an active member, is refused as if unknown.
 */
export async function assertClaimReferencesInTeam(
  tx: Tx,
  teamId: string,
  refs: { claimantId?: string | null; reportedViaId?: string | null; assigneeId?: string | null },
): Promise<void> {
  const entityIds = [refs.claimantId, refs.reportedViaId].filter((id): id is string => Boolean(id));
  if (entityIds.length) {
    const found = await tx.entity.count({ where: { id: { in: entityIds }, teamId } });
    if (found !== new Set(entityIds).size)
      throw new AppError("NOT_FOUND", "Unknown entity", { reason: "unknownEntity" });
  }
  if (refs.assigneeId) {
    const membership = await tx.membership.findFirst({
      where: { userId: refs.assigneeId, teamId, disabledAt: null },
      select: { id: true },
    });
    if (!membership) throw new AppError("NOT_FOUND", "Unknown assignee", { reason: "unknownAssignee" });
  }
}
