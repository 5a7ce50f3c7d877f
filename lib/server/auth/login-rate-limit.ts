import "server-only";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

/**
 * Login throttling: about 5 attempts a minute per account and 20 a minute per client
 * address. In memory, which is right for one server process; several processes would
 * need rate-limiter-flexible's PostgreSQL store instead.
 */
interface LoginLimiters {
  perAccount: RateLimiterMemory;
  perAddress: RateLimiterMemory;
}

const holder = globalThis as unknown as { claimdeskLoginLimiters?: LoginLimiters };

function limiters(): LoginLimiters {
  holder.claimdeskLoginLimiters ??= {
    perAccount: new RateLimiterMemory({ keyPrefix: "login-account", points: 5, duration: 60 }),
    perAddress: new RateLimiterMemory({ keyPrefix: "login-address", points: 20, duration: 60 }),
  };
  return holder.claimdeskLoginLimiters;
}

export type LoginThrottle = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function consumeLoginAttempt(email: string, address: string): Promise<LoginThrottle> {
  const { perAccount, perAddress } = limiters();
  try {
    await Promise.all([perAccount.consume(email.toLowerCase()), perAddress.consume(address)]);
    return { allowed: true };
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
    }
    throw rejection;
  }
}

/** A successful sign-in clears the account's counter (the address keeps its count). */
export async function clearLoginAttempts(email: string): Promise<void> {
  await limiters().perAccount.delete(email.toLowerCase());
}
