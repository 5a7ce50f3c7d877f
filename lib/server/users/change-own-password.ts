import "server-only";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TChangePasswordInput } from "@/lib/schemas/auth";
import { recordUserAuditEvent } from "@/lib/server/audit/record-user-audit-event";
import { clearLoginAttempts, consumeLoginAttempt } from "@/lib/server/auth/login-rate-limit";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";

/**
 * A signed-in person changes their own password. No team permission is involved — every
 * member owns their account — so there is no `assertCan`: the member loaded from a live
 * session is the authority. The current password is checked against the login rate limit
 * (a stolen session must not become a password-guessing oracle). sessionVersion is bumped
 * so every session ends, this one too: the person signs in again with the new password.
 */
export async function changeOwnPassword(
  member: Member,
  input: TChangePasswordInput,
  clientAddress: string,
): Promise<{ sessionVersion: number }> {
  const throttle = await consumeLoginAttempt(member.email, clientAddress);
  if (!throttle.allowed) {
    throw new AppError("RATE_LIMITED", "Too many password attempts", { retryAfterSeconds: throttle.retryAfterSeconds });
  }
  const user = await db.user.findUniqueOrThrow({
    where: { id: member.userId },
    select: { passwordHash: true, sessionVersion: true },
  });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("BAD_INPUT", "Wrong current password", { reason: "wrongCurrentPassword" });
  }

  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    // Guarded by the version read above: a reset by an admin meanwhile wins, not this change.
    const updated = await tx.user.updateMany({
      where: { id: member.userId, sessionVersion: user.sessionVersion },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("STALE_VERSION");
    await recordUserAuditEvent(tx, { userId: member.userId, actorId: member.userId, action: "user.changePassword" });
  });
  await clearLoginAttempts(member.email);
  return { sessionVersion: user.sessionVersion + 1 };
}
