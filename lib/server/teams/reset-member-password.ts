import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashPassword } from "@/lib/server/auth/password";
import { actingSessionOf, revokeUserSessions } from "@/lib/server/sessions/revoke-user-sessions";

/**
 * Sets a new password and signs the user out everywhere (their old sessions stop working); an
 * admin resetting their own password keeps the session they did it from. Only for an account
 * that belongs to this team alone (disabled memberships elsewhere count too): otherwise its
 * owner recovers it themselves (their account page, or the operator's `reset-password`).
 */
export async function resetMemberPassword(
  member: Member,
  input: { membershipId: string; password: string },
): Promise<void> {
  assertCan(member, "member.manage");
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: input.membershipId, teamId: member.teamId },
      select: { id: true, userId: true },
    });
    if (!membership) throw new AppError("NOT_FOUND");
    // The password opens every team of the account: one team's admin may not set it for the others.
    const otherTeams = await tx.membership.count({
      where: { userId: membership.userId, teamId: { not: member.teamId } },
    });
    if (otherTeams > 0) {
      throw new AppError("CONFLICT", "The account belongs to another team too", { reason: "sharedAccount" });
    }
    await tx.user.update({ where: { id: membership.userId }, data: { passwordHash } });
    await revokeUserSessions(tx, membership.userId, actingSessionOf(member, membership.userId));
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "member.resetPassword",
      entityType: "User",
      entityId: membership.userId,
    });
  });
}
