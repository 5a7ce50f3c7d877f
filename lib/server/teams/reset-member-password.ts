import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { hashPassword } from "@/lib/server/auth/password";

/** Sets a new password and signs the user out everywhere (their old sessions stop working). */
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
    await tx.user.update({
      where: { id: membership.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "member.resetPassword",
      entityType: "User",
      entityId: membership.userId,
    });
  });
}
