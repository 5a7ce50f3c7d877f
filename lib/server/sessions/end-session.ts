import "server-only";
import { db } from "@/lib/db";

/** Sign-out: this session's token is refused from now on, wherever a copy of it is. */
export async function endSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}
