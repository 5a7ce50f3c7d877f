import "server-only";
import { appEnv } from "@/lib/config/env";

/** lastSeenAt is written at most this often: a session check is a read, not a write, on most requests. */
export const TOUCH_INTERVAL_MS = 60_000;

export function sessionTimeouts(): { idleMs: number; maxMs: number } {
  const { SESSION_IDLE_HOURS, SESSION_MAX_DAYS } = appEnv();
  return { idleMs: SESSION_IDLE_HOURS * 3_600_000, maxMs: SESSION_MAX_DAYS * 86_400_000 };
}
