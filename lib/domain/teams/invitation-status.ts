export type InvitationStatus = "open" | "accepted" | "revoked" | "expired";

/** Days an invitation link stays usable. */
export const INVITATION_LIFETIME_DAYS = 7;

export function invitationExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000);
}

/** Accepted and revoked are final; an open invitation past its expiry is expired. */
export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  return invitation.expiresAt.getTime() <= now.getTime() ? "expired" : "open";
}
