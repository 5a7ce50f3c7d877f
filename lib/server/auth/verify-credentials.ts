import "server-only";
import { db } from "@/lib/db";
import { ZCredentials } from "@/lib/schemas/auth";
import { clearLoginAttempts, consumeLoginAttempt } from "./login-rate-limit";
import { verifyDecoy, verifyPassword } from "./password";

export type CredentialsCheck =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/** Checks an email and password, throttled per account and per client address. */
export async function verifyCredentials(raw: unknown, clientAddress: string): Promise<CredentialsCheck> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const throttle = await consumeLoginAttempt(email, clientAddress);
  if (!throttle.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: throttle.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      passwordHash: true,
      sessionVersion: true,
      memberships: { where: { disabledAt: null }, select: { id: true } },
    },
  });
  if (!user) {
    await verifyDecoy(password);
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: "invalid" };
  // Only someone who knows the password learns that the account is disabled.
  if (user.memberships.length === 0) return { ok: false, reason: "disabled" };

  await clearLoginAttempts(email);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}
