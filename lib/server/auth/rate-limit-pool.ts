import "server-only";
import pg from "pg";
import { appEnv } from "@/lib/config/env";
import { CONNECT_TIMEOUT_MS } from "@/lib/db";
import { logger } from "@/lib/log/logger";

const holder = globalThis as unknown as { claimdeskRateLimitPool?: pg.Pool };

/**
 * The small connection pool the rate limiters (rate-limiter-flexible's RateLimiterPostgres, on the
 * RateLimit table) share: the Prisma adapter does not lend its pool. One per process.
 */
export function rateLimitPool(): pg.Pool {
  if (!holder.claimdeskRateLimitPool) {
    const { DATABASE_URL } = appEnv();
    if (!DATABASE_URL) throw new Error("DATABASE_URL is not set");
    const pool = new pg.Pool({
      connectionString: DATABASE_URL,
      max: 3,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // Counters, not records: a crash may forget the last fraction of a second of counts (a
      // caller gets a few more tries), and in exchange no request waits for its count to reach disk.
      options: "-c synchronous_commit=off",
    });
    // An idle connection the server closed must not crash the process; the pool replaces it.
    pool.on("error", (err) => logger.warn({ err }, "rate limit: database connection lost while idle"));
    holder.claimdeskRateLimitPool = pool;
  }
  return holder.claimdeskRateLimitPool;
}

/** Closes the pool (scripts that stop their own PostgreSQL afterwards). */
export async function closeRateLimitPool(): Promise<void> {
  const pool = holder.claimdeskRateLimitPool;
  holder.claimdeskRateLimitPool = undefined;
  await pool?.end();
}
