import "server-only";
import { db } from "@/lib/db";
import { sessionTimeouts } from "./session-timeouts";

/**
 * A new session row for a sign-in; its absolute end is fixed now. The user's rows that can no
 * longer be used (revoked, idle, past their end) are deleted on the way: no job needed to keep
 * the table small.
 */
export async function startSession(userId: string): Promise<{ sessionId: string; expiresAt: Date }> {
  const { idleMs, maxMs } = sessionTimeouts();
  const now = Date.now();
  const [, session] = await db.$transaction([
    db.userSession.deleteMany({
      where: {
        userId,
        OR: [
          { revokedAt: { not: null } },
          { expiresAt: { lte: new Date(now) } },
          { lastSeenAt: { lte: new Date(now - idleMs) } },
        ],
      },
    }),
    db.userSession.create({
      data: { userId, createdAt: new Date(now), lastSeenAt: new Date(now), expiresAt: new Date(now + maxMs) },
      select: { id: true, expiresAt: true },
    }),
  ]);
  return { sessionId: session.id, expiresAt: session.expiresAt };
}
