import "server-only";
import type { Member } from "@/lib/auth/member";
import type { Tx } from "@/lib/db";

/**
 * Ends every open session of a user, except `keep` (the acting session, when people change
 * their own password or role: they stay signed in here, everywhere else is signed out).
 * Shared by the use cases that change who someone is or what they may do.
 */
export async function revokeUserSessions(tx: Tx, userId: string, keep?: string): Promise<number> {
  const revoked = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(keep ? { id: { not: keep } } : {}) },
    data: { revokedAt: new Date() },
  });
  return revoked.count;
}

/** The session to spare when `member` changes `userId`'s account: their own, if it is theirs. */
export function actingSessionOf(member: Member, userId: string): string | undefined {
  return member.userId === userId ? member.sessionId : undefined;
}
