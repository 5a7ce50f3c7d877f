import "server-only";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";
import { recordUserAuditEvent } from "@/lib/server/audit/record-user-audit-event";
import { revokeUserSessions } from "./revoke-user-sessions";

/**
 * "Sign out everywhere": every session of the member ends, this one too. Their own account, so
 * no team permission is involved; the member loaded from a live session is the authority.
 */
export async function signOutEverywhere(member: Member): Promise<{ ended: number }> {
  return db.$transaction(async (tx) => {
    const ended = await revokeUserSessions(tx, member.userId);
    await recordUserAuditEvent(tx, {
      userId: member.userId,
      actorId: member.userId,
      action: "user.signOutEverywhere",
      after: { sessionsEnded: ended },
    });
    return { ended };
  });
}
