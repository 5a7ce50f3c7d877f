/**
 * While PostgreSQL cannot be reached, ClaimDesk answers politely instead of with errors: pages
 * get a translated "cannot reach its database; retrying" page (503), actions a translated error,
 * sign-in "the service is unavailable", and everything recovers by itself.
 *
 * What is shared is one timestamp: when a request last failed for want of the database. The
 * proxy (proxy.ts) runs in the same Node.js process as pages and actions (Next requires it there),
 * so it lives on globalThis. It expires on its own: the first request after OUTAGE_WINDOW_MS goes
 * through and tries the database again, so recovery needs nobody.
 */

/** How long after a failure pages are answered with the outage page without trying the database. */
export const OUTAGE_WINDOW_MS = 5_000;

const holder = globalThis as { claimdeskDatabaseDownAt?: number };

export function noteDatabaseUnreachable(now = Date.now()): void {
  holder.claimdeskDatabaseDownAt = now;
}

export function databaseRecentlyUnreachable(now = Date.now()): boolean {
  const since = holder.claimdeskDatabaseDownAt;
  return since !== undefined && now - since < OUTAGE_WINDOW_MS;
}

/** Prisma's codes for "no database to talk to" (connect, time out, pool exhausted, closed). */
const PRISMA_UNREACHABLE = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
/** Node's socket errors, and PostgreSQL's "shutting down / not accepting connections" (SQLSTATE 57P0x, 08xxx). */
const SOCKET_UNREACHABLE = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND", "EPIPE"]);

/**
 * Whether an error (or anything in its cause chain) means the database could not be reached, as
 * opposed to a query that failed. Driver adapters wrap the pg error, so the chain is walked.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current && typeof current === "object" && !seen.has(current);) {
    seen.add(current);
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === "string") {
      if (PRISMA_UNREACHABLE.has(code) || SOCKET_UNREACHABLE.has(code)) return true;
      if (/^(57P0[1-3]|08\d{3})$/.test(code)) return true;
    }
    if (
      typeof message === "string" &&
      /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|Can't reach database/i.test(
        message,
      )
    )
      return true;
    current = cause ?? (current as { originalError?: unknown }).originalError;
  }
  return false;
}
