import "server-only";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { invitationStatus, type InvitationStatus } from "@/lib/domain/teams/invitation-status";
import { hashInvitationToken } from "./invitation-token";

export interface InvitationViewDto {
  teamName: string;
  role: Role;
  email: string;
  invitedByName: string | null;
  expiresAt: string;
  status: InvitationStatus;
}

/**
 * For the public invitation page: what the link's holder is invited to, or null for an unknown
 * token. No session involved: holding the link is the invitee's authority to see it.
 */
export async function getInvitationByToken(token: string): Promise<InvitationViewDto | null> {
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      team: { select: { name: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation) return null;
  return {
    teamName: invitation.team.name,
    role: invitation.role,
    email: invitation.email,
    invitedByName: invitation.invitedBy?.name ?? null,
    expiresAt: invitation.expiresAt.toISOString(),
    status: invitationStatus(invitation, new Date()),
  };
}
