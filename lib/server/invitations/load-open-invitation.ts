import "server-only";
import type { Role } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { invitationStatus } from "@/lib/domain/teams/invitation-status";
import { AppError } from "@/lib/errors";
import { hashInvitationToken } from "./invitation-token";

export interface OpenInvitation {
  id: string;
  teamId: string;
  teamName: string;
  email: string;
  role: Role;
  invitedById: string | null;
}

const REFUSALS = {
  accepted: "invitationUsed",
  revoked: "invitationRevoked",
  expired: "invitationExpired",
} as const;

/**
 * The open invitation a token names, or an AppError whose reason says why it cannot be used
 * (unknown, used, revoked, expired): the invitee holds the link, so telling them is no leak.
 */
export async function loadOpenInvitation(tx: Tx, token: string): Promise<OpenInvitation> {
  const invitation = await tx.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      teamId: true,
      email: true,
      role: true,
      invitedById: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      team: { select: { name: true } },
    },
  });
  if (!invitation) throw new AppError("NOT_FOUND", "Unknown invitation", { reason: "invitationUnknown" });
  const status = invitationStatus(invitation, new Date());
  if (status !== "open") throw new AppError("CONFLICT", `Invitation ${status}`, { reason: REFUSALS[status] });
  const { id, teamId, email, role, invitedById, team } = invitation;
  return { id, teamId, teamName: team.name, email, role, invitedById };
}
