import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordUserAuditEvent } from "@/lib/server/audit/record-user-audit-event";
import { hashPassword } from "@/lib/server/auth/password";
import { revokeUserSessions } from "@/lib/server/sessions/revoke-user-sessions";

/**
 * Operator use case (`npm run admin -- reset-password`): the way back in for a locked-out
 * admin. Sets the password and ends every session of the account: each is refused on its next
 * request. No member acts, so there is no permission check and
 * the audit events (one per team of the user) have no actor.
 */
export async function resetUserPasswordAsOperator(input: { email: string; password: string }): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", `No account has the email ${input.email}`, { reason: "unknownEmail" });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await revokeUserSessions(tx, user.id);
    await recordUserAuditEvent(tx, {
      userId: user.id,
      actorId: null,
      action: "user.resetPassword",
      after: { by: "operator" },
    });
  });
}
