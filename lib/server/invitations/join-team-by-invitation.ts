import "server-only";
import type { Role } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { recordUserAuditEvent } from "@/lib/server/audit/record-user-audit-event";
import type { OpenInvitation } from "./load-open-invitation";

export interface JoinedTeamDto {
  teamId: string;
  teamName: string;
  role: Role;
}

/**
 * Uses up the invitation and makes `userId` a member, inside the caller's transaction. The
 * invitee is the actor: the team's trail gets invitation.accept and member.add, and the user's
 * other teams get user.joinTeam, so an admin whose account joins elsewhere is not hidden from
 * the teams they already belong to.
 */
export async function joinTeamByInvitation(tx: Tx, invitation: OpenInvitation, userId: string): Promise<JoinedTeamDto> {
  const existing = await tx.membership.findUnique({
    where: { userId_teamId: { userId, teamId: invitation.teamId } },
    select: { id: true },
  });
  if (existing) throw new AppError("CONFLICT", "Already a member", { reason: "alreadyMember" });

  // Single use, even for two acceptances at once: only one of them changes the open row.
  const now = new Date();
  const claimed = await tx.invitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: userId },
  });
  if (claimed.count !== 1) throw new AppError("CONFLICT", "Invitation used", { reason: "invitationUsed" });

  const membership = await tx.membership.create({
    data: { userId, teamId: invitation.teamId, role: invitation.role },
    select: { id: true },
  });
  const base = { teamId: invitation.teamId, actorId: userId };
  await recordAuditEvent(tx, {
    ...base,
    action: "invitation.accept",
    entityType: "Invitation",
    entityId: invitation.id,
    after: { email: invitation.email, role: invitation.role, membershipId: membership.id },
  });
  await recordAuditEvent(tx, {
    ...base,
    action: "member.add",
    entityType: "Membership",
    entityId: membership.id,
    after: {
      userId,
      email: invitation.email,
      role: invitation.role,
      invitationId: invitation.id,
      invitedById: invitation.invitedById,
    },
  });
  await recordUserAuditEvent(tx, {
    userId,
    actorId: userId,
    action: "user.joinTeam",
    exceptTeamId: invitation.teamId,
    after: { teamId: invitation.teamId, teamName: invitation.teamName, role: invitation.role },
  });
  return { teamId: invitation.teamId, teamName: invitation.teamName, role: invitation.role };
}
