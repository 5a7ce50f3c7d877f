import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimitPool } from "@/lib/server/auth/rate-limit-pool";

/** Requests each API token may make per window. */
export const API_RATE_LIMIT = { points: 600, windowSeconds: 60 } as const;

/** What the API answers with: `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset`, and 429 + Retry-After. */
export interface ApiRateLimit {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the window ends (and, when refused, the Retry-After). */
  resetSeconds: number;
}

const limiters = new Map<number, RateLimiterPostgres>();

function limiterOf(points: number): RateLimiterPostgres {
  let limiter = limiters.get(points);
  if (!limiter) {
    limiter = new RateLimiterPostgres({
      storeClient: rateLimitPool(),
      storeType: "pool",
      tableName: "RateLimit",
      tableCreated: true, // by a migration; schema.prisma declares it
      clearExpiredByTimeout: false, // the login limiter sweeps the shared table
      keyPrefix: "api-token",
      points,
      duration: API_RATE_LIMIT.windowSeconds,
    });
    limiters.set(points, limiter);
  }
  return limiter;
}

/**
 * Counts one request of a token, in PostgreSQL so every app process shares the count (one atomic
 * upsert). `points` is the limit per window; only tests pass another than the default.
 */
export async function takeApiRateLimit(tokenId: string, points: number = API_RATE_LIMIT.points): Promise<ApiRateLimit> {
  const limit = points;
  try {
    const taken = await limiterOf(points).consume(tokenId);
    return { allowed: true, limit, remaining: taken.remainingPoints, resetSeconds: secondsOf(taken) };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, limit, remaining: 0, resetSeconds: Math.max(1, secondsOf(rejection)) };
    }
    throw rejection;
  }
}

const secondsOf = (res: RateLimiterRes) => Math.ceil(res.msBeforeNext / 1000);
