import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { assertContentEditable } from "@/lib/domain/workflow/claim-workflow";
import { AppError } from "@/lib/errors";
import type { TUpdateClaimInput } from "@/lib/schemas/claims";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { claimSelect, detailsForStorage, toClaimDto, type ClaimDto } from "./claim-dto";
import { assertClaimReferencesInTeam } from "./claim-references";
import { notifyAssignee } from "@/lib/server/notifications/notify-assignee";
import { auditView } from "./create-claim";

/** Whether the edit touches the claim's content (as opposed to only its assignee). */
function contentChanged(before: ClaimDto, input: TUpdateClaimInput): boolean {
  const claimedAt = input.claimedAt ? new Date(input.claimedAt).toISOString() : null;
  return (
    (input.statement || before.exact) !== before.statement ||
    input.details.type !== before.type ||
    JSON.stringify(detailsForStorage(input.details)) !== JSON.stringify(detailsForStorage(before.details)) ||
    (input.claimantId ?? null) !== (before.claimant?.id ?? null) ||
    (input.reportedViaId ?? null) !== (before.reportedVia?.id ?? null) ||
    claimedAt !== before.claimedAt
  );
}

/**
 * Saves a fact-checker's edit. A write based on an older version is refused with the
 * current claim in the error details, so the form can show who changed what and keep the
 * user's input; nothing is silently overwritten.
 */
export async function updateClaim(member: Member, input: TUpdateClaimInput): Promise<ClaimDto> {
  assertCan(member, "claim.update");
  return db.$transaction(async (tx) => {
    const current = await tx.claim.findFirst({
      where: { id: input.claimId, teamId: member.teamId },
      select: claimSelect,
    });
    if (!current) throw new AppError("NOT_FOUND");
    const before = toClaimDto(current);
    if (current.version !== input.version) throw new AppError("STALE_VERSION", "Claim changed", { current: before });
    // Reassigning is not a content change: an editor may hand over a claim that is in review.
    if (contentChanged(before, input)) assertContentEditable(before.status, "edit", member.role);
    if ((input.assigneeId ?? null) !== (before.assignee?.id ?? null)) assertCan(member, "claim.assign");
    await assertClaimReferencesInTeam(tx, member.teamId, input);

    const updated = await tx.claim.updateMany({
      where: { id: current.id, version: input.version },
      data: {
        statement: input.statement || current.exact,
        type: input.details.type,
        details: detailsForStorage(input.details),
        claimantId: input.claimantId,
        reportedViaId: input.reportedViaId,
        claimedAt: input.claimedAt ? new Date(input.claimedAt) : null,
        assigneeId: input.assigneeId,
        updatedById: member.userId,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) {
      const latest = await tx.claim.findUniqueOrThrow({ where: { id: current.id }, select: claimSelect });
      throw new AppError("STALE_VERSION", "Claim changed", { current: toClaimDto(latest) });
    }
    const after = toClaimDto(await tx.claim.findUniqueOrThrow({ where: { id: current.id }, select: claimSelect }));
    await notifyAssignee(tx, {
      teamId: member.teamId,
      claimId: current.id,
      assigneeId: input.assigneeId,
      previousAssigneeId: before.assignee?.id ?? null,
      actorId: member.userId,
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "claim.update",
      entityType: "Claim",
      entityId: current.id,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}
