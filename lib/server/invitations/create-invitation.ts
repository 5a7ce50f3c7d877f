import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan, type Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { invitationExpiry } from "@/lib/domain/teams/invitation-status";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TCreateInvitationInput } from "@/lib/schemas/invitations";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { sendInvitationMail } from "@/lib/server/mail/send-invitation-mail";
import { invitationLink, newInvitationToken } from "./invitation-token";

export interface CreatedInvitationDto {
  invitationId: string;
  email: string;
  role: Role;
  expiresAt: string;
  /** Shown once, to pass on: only the token's hash is stored. */
  link: string;
  /** Whether the link was also emailed: null without a mail server (SMTP_URL), false if sending failed. */
  emailed: boolean | null;
}

/**
 * Invites an email to the acting admin's team. Nothing is attached until the invitee accepts,
 * and the answer is the same whether or not the email has an account (no account is looked
 * up). A still-open invitation for the same email is replaced: revoked, and a new link made.
 */
export async function createInvitation(member: Member, input: TCreateInvitationInput): Promise<CreatedInvitationDto> {
  assertCan(member, "member.manage");
  const { token, tokenHash } = newInvitationToken();
  const created = await saveInvitation(member, input, tokenHash);
  const link = invitationLink(token);
  // After the commit: a slow or failing mail server never holds up or undoes the invitation.
  const emailed = await sendInvitationMail({
    to: created.email,
    teamName: member.teamName,
    inviterName: member.name,
    role: created.role,
    link,
    expiresAt: created.expiresAt,
  });
  return {
    invitationId: created.id,
    email: created.email,
    role: created.role,
    expiresAt: created.expiresAt.toISOString(),
    link,
    emailed,
  };
}

async function saveInvitation(member: Member, input: TCreateInvitationInput, tokenHash: string) {
  try {
    return await db.$transaction(async (tx) => {
      // Already in the team (the admin sees them listed): says nothing about other teams.
      const alreadyMember = await tx.membership.count({
        where: { teamId: member.teamId, user: { email: input.email } },
      });
      if (alreadyMember > 0) throw new AppError("CONFLICT", "Already a member", { reason: "alreadyMember" });

      const now = new Date();
      const open = { teamId: member.teamId, email: input.email, acceptedAt: null, revokedAt: null };
      const replaced = (await tx.invitation.findMany({ where: open, select: { id: true } })).map((row) => row.id);
      if (replaced.length > 0) {
        await tx.invitation.updateMany({
          where: { ...open, id: { in: replaced } },
          data: { revokedAt: now, revokedById: member.userId },
        });
      }
      const invitation = await tx.invitation.create({
        data: {
          teamId: member.teamId,
          email: input.email,
          role: input.role,
          tokenHash,
          invitedById: member.userId,
          createdAt: now,
          expiresAt: invitationExpiry(now),
        },
        select: { id: true, email: true, role: true, expiresAt: true },
      });
      await recordAuditEvent(tx, {
        teamId: member.teamId,
        actorId: member.userId,
        action: "invitation.create",
        entityType: "Invitation",
        entityId: invitation.id,
        after: {
          email: invitation.email,
          role: invitation.role,
          expiresAt: invitation.expiresAt.toISOString(),
          ...(replaced.length > 0 ? { replaces: replaced } : {}),
        },
      });
      return invitation;
    });
  } catch (error) {
    // Two invitations of the same email at once: the partial unique index keeps one open.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Invitation created concurrently");
    }
    throw error;
  }
}
