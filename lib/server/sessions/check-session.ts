import "server-only";
import { db } from "@/lib/db";
import { sessionTimeouts, TOUCH_INTERVAL_MS } from "./session-timeouts";

/**
 * Whether a session may still act: it exists, was not revoked, was used within the idle
 * timeout and is before its absolute end. Returns its user, and records the use (at most once
 * a minute, so most requests only read). Database errors are thrown, never read as "signed out".
 */
export async function checkSession(sessionId: string): Promise<{ userId: string } | null> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, lastSeenAt: true, expiresAt: true, revokedAt: true },
  });
  if (!session || session.revokedAt) return null;
  const now = Date.now();
  if (session.expiresAt.getTime() <= now) return null;
  if (session.lastSeenAt.getTime() <= now - sessionTimeouts().idleMs) return null;
  if (session.lastSeenAt.getTime() <= now - TOUCH_INTERVAL_MS) {
    // Conditional, so requests racing each other write once; a revocation in between stays.
    await db.userSession.updateMany({
      where: { id: sessionId, revokedAt: null, lastSeenAt: session.lastSeenAt },
      data: { lastSeenAt: new Date(now) },
    });
  }
  return { userId: session.userId };
}
