import "server-only";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TChangePasswordInput } from "@/lib/schemas/auth";
import { recordUserAuditEvent } from "@/lib/server/audit/record-user-audit-event";
import { startLoginAttempt } from "@/lib/server/auth/login-rate-limit";
import { hashPassword, verifyPassword } from "@/lib/server/auth/password";
import { revokeUserSessions } from "@/lib/server/sessions/revoke-user-sessions";

/**
 * A signed-in person changes their own password. No team permission is involved — every
 * member owns their account — so there is no `assertCan`: the member loaded from a live
 * session is the authority. The current password is checked against the login rate limit
 * (a stolen session must not become a password-guessing oracle). Every other session of the
 * account ends; the one that made the change stays signed in.
 */
export async function changeOwnPassword(
  member: Member,
  input: TChangePasswordInput,
  clientAddress: string,
): Promise<{ sessionsEnded: number }> {
  const attempt = await startLoginAttempt(member.email, clientAddress);
  if (!attempt.allowed) {
    throw new AppError("RATE_LIMITED", "Too many password attempts", { retryAfterSeconds: attempt.retryAfterSeconds });
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: member.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await attempt.failed();
    throw new AppError("BAD_INPUT", "Wrong current password", { reason: "wrongCurrentPassword" });
  }
  await attempt.succeeded();

  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    // Guarded by the hash read above: a reset by an admin meanwhile wins, not this change.
    const updated = await tx.user.updateMany({
      where: { id: member.userId, passwordHash: user.passwordHash },
      data: { passwordHash },
    });
    if (updated.count !== 1) throw new AppError("STALE_VERSION");
    const sessionsEnded = await revokeUserSessions(tx, member.userId, member.sessionId);
    await recordUserAuditEvent(tx, {
      userId: member.userId,
      actorId: member.userId,
      action: "user.changePassword",
      after: { otherSessionsEnded: sessionsEnded },
    });
    return { sessionsEnded };
  });
}
