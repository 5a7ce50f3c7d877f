import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

/** Withdraws an invitation of the acting admin's team; its link stops working. Revoking twice is a no-op. */
export async function revokeInvitation(
  member: Member,
  input: { invitationId: string },
): Promise<{ invitationId: string }> {
  assertCan(member, "member.manage");
  return db.$transaction(async (tx) => {
    const invitation = await tx.invitation.findFirst({
      // Scoped by the actor's team: another team's invitation is simply not found.
      where: { id: input.invitationId, teamId: member.teamId },
      select: { id: true, email: true, role: true, acceptedAt: true, revokedAt: true },
    });
    if (!invitation) throw new AppError("NOT_FOUND");
    if (invitation.revokedAt) return { invitationId: invitation.id };
    const revoked = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: member.userId },
    });
    if (revoked.count !== 1) throw new AppError("CONFLICT", "Invitation used", { reason: "invitationUsed" });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "invitation.revoke",
      entityType: "Invitation",
      entityId: invitation.id,
      after: { email: invitation.email, role: invitation.role },
    });
    return { invitationId: invitation.id };
  });
}
