import "server-only";
import { createHash } from "node:crypto";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { addressBucket } from "@/lib/auth/client-address";
import { rateLimitPool } from "./rate-limit-pool";

/**
 * Login throttling, counted in PostgreSQL (the RateLimit table) so every app process shares it:
 *
 * - per account and address: a few free tries, then each failure makes the next try wait longer;
 * - per address: a ceiling on attempts across all accounts (successful sign-ins are given back);
 * - per account: past a ceiling of failures from anywhere, every address gets one try per
 *   ACCOUNT_SLOW_SECONDS at that account. It slows a distributed attack but never blocks the owner
 *   from an address the attacker did not use for longer than that.
 *
 * Attempts are counted before the password is checked (atomically, in one upsert each), so
 * parallel requests cannot slip past a limit; an attempt that is refused is not counted as a
 * failure. Every refusal says when to retry.
 */
export const LOGIN_LIMITS = {
  freeTries: 5,
  firstDelaySeconds: 15,
  maxDelaySeconds: 15 * 60,
  /** How long a run of failures of one account from one address is remembered. */
  pairMemorySeconds: 24 * 60 * 60,
  addressCeiling: 100,
  addressWindowSeconds: 15 * 60,
  accountSlowAfter: 50,
  accountWindowSeconds: 60 * 60,
  accountSlowSeconds: 30,
  /** A try in progress holds its pair's turn this long at most (a crash mid-check frees it). */
  holdSeconds: 10,
} as const;

export type LoginThrottle =
  | { allowed: true; succeeded(): Promise<void>; failed(): Promise<void> }
  | { allowed: false; retryAfterSeconds: number };

export interface LoginLimiter {
  /** Call before checking a password; then report the outcome with succeeded() or failed(). */
  startAttempt(email: string, clientAddress: string): Promise<LoginThrottle>;
}

/** The wait after the n-th consecutive failure of one account from one address (n ≥ freeTries). */
export function delayAfterFailures(failures: number): number {
  const { freeTries, firstDelaySeconds, maxDelaySeconds } = LOGIN_LIMITS;
  if (failures < freeTries) return 0;
  return Math.min(maxDelaySeconds, firstDelaySeconds * 2 ** Math.min(failures - freeTries, 20));
}

const TABLE = "RateLimit";

/** The limiters over one connection pool; two of these (two pools) behave as two app processes. */
export function createLoginLimiter(pool: pg.Pool): LoginLimiter {
  const L = LOGIN_LIMITS;
  const limiter = (keyPrefix: string, points: number, duration: number, clearExpired = false) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: TABLE,
      tableCreated: true, // by the migration; schema.prisma declares it
      clearExpiredByTimeout: clearExpired, // one sweeper for the shared table is enough
      keyPrefix,
      points,
      duration,
    });
  const perAddress = limiter("login-address", L.addressCeiling, L.addressWindowSeconds, true);
  const pairFailures = limiter("login-pair-failures", Number.MAX_SAFE_INTEGER, L.pairMemorySeconds);
  const pairTurn = limiter("login-pair-turn", 1, L.holdSeconds);
  const accountFailures = limiter("login-account-failures", Number.MAX_SAFE_INTEGER, L.accountWindowSeconds);
  const accountSlowTurn = limiter("login-account-slow", 1, L.accountSlowSeconds);

  return {
    async startAttempt(email, clientAddress) {
      const address = addressBucket(clientAddress);
      const account = accountKey(email);
      const pair = `${account}:${address}`;

      const addressRefusal = await refusalOf(perAddress.consume(address));
      if (addressRefusal) return addressRefusal;

      const failures = (await pairFailures.penalty(pair)).consumedPoints;
      const accountRecent = (await accountFailures.penalty(account)).consumedPoints;
      const uncount = async () => {
        await Promise.all([pairFailures.reward(pair), accountFailures.reward(account)]);
      };

      // Past the free tries, one try at a time and only once the wait after the last failure is over.
      const heldTurn = failures > L.freeTries;
      if (heldTurn) {
        const refusal = await refusalOf(pairTurn.consume(pair, 1, { customDuration: L.holdSeconds }));
        if (refusal) {
          await uncount();
          return refusal;
        }
      }
      if (accountRecent > L.accountSlowAfter) {
        const refusal = await refusalOf(accountSlowTurn.consume(pair));
        if (refusal) {
          await uncount();
          if (heldTurn) await pairTurn.delete(pair);
          return refusal;
        }
      }

      return {
        allowed: true,
        async succeeded() {
          await Promise.all([
            pairFailures.delete(pair),
            pairTurn.delete(pair),
            accountSlowTurn.delete(pair),
            // The owner's own sign-in is not part of an attack on the account or from the address.
            accountFailures.reward(account),
            perAddress.reward(address),
          ]);
        },
        async failed() {
          if (failures >= L.freeTries) await pairTurn.set(pair, 1, delayAfterFailures(failures));
        },
      };
    },
  };
}

/** A rejected consume is a refusal with its retry time; any other error is thrown. */
async function refusalOf(
  consumed: Promise<RateLimiterRes>,
): Promise<{ allowed: false; retryAfterSeconds: number } | null> {
  try {
    await consumed;
    return null;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}

/** Emails are not stored in the limiter table, and any length fits its key column. */
function accountKey(email: string): string {
  return createHash("sha256").update(email.trim().toLowerCase()).digest("hex").slice(0, 32);
}

const holder = globalThis as unknown as { claimdeskLoginLimiter?: LoginLimiter };

/** The app's limiter, on the rate limiters' own small pool (the Prisma adapter does not share its pool). */
function loginLimiter(): LoginLimiter {
  holder.claimdeskLoginLimiter ??= createLoginLimiter(rateLimitPool());
  return holder.claimdeskLoginLimiter;
}

export function startLoginAttempt(email: string, clientAddress: string): Promise<LoginThrottle> {
  return loginLimiter().startAttempt(email, clientAddress);
}
