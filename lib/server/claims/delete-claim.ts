import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { assertContentEditable } from "@/lib/domain/workflow/claim-workflow";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { claimSelect, toClaimDto } from "./claim-dto";
import { auditView } from "./create-claim";

/** Deletes a claim the user has seen in its latest version; its history stays in the audit trail. */
export async function deleteClaim(
  member: Member,
  input: { claimId: string; version: number },
): Promise<{ claimId: string }> {
  assertCan(member, "claim.delete");
  return db.$transaction(async (tx) => {
    const current = await tx.claim.findFirst({
      where: { id: input.claimId, teamId: member.teamId },
      select: claimSelect,
    });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== input.version)
      throw new AppError("STALE_VERSION", "Claim changed", { current: toClaimDto(current) });
    // Reviewed and published claims stay: a published one is retracted, never deleted.
    assertContentEditable(current.status, "delete", member.role, current.publishedVersion > 0);
    const deleted = await tx.claim.deleteMany({ where: { id: current.id, version: input.version } });
    if (deleted.count !== 1) throw new AppError("STALE_VERSION");
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "claim.delete",
      entityType: "Claim",
      entityId: current.id,
      // The article, so its deleted claims (and their history) stay listed on it.
      before: { ...auditView(toClaimDto(current)), articleId: current.articleId },
    });
    return { claimId: current.id };
  });
}
