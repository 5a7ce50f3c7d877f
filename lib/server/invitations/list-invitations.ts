import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan, type Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export interface InvitationDto {
  invitationId: string;
  email: string;
  role: Role;
  invitedByName: string | null;
  createdAt: string;
  expiresAt: string;
}

/** The team's open invitations, newest first: neither accepted, revoked nor expired. No links: they are not stored. */
export async function listInvitations(member: Member): Promise<InvitationDto[]> {
  assertCan(member, "member.manage");
  const rows = await db.invitation.findMany({
    where: { teamId: member.teamId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      invitedBy: { select: { name: true } },
    },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => ({
    invitationId: row.id,
    email: row.email,
    role: row.role,
    invitedByName: row.invitedBy?.name ?? null,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
  }));
}
