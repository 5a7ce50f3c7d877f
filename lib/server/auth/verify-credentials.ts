import "server-only";
import { db } from "@/lib/db";
import { ZCredentials } from "@/lib/schemas/auth";
import { startLoginAttempt } from "./login-rate-limit";
import { verifyDecoy, verifyPassword } from "./password";

export type CredentialsCheck =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

/** Checks an email and password, throttled per account, per client address and per both. */
export async function verifyCredentials(raw: unknown, clientAddress: string): Promise<CredentialsCheck> {
  const parsed = ZCredentials.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const attempt = await startLoginAttempt(email, clientAddress);
  if (!attempt.allowed) return { ok: false, reason: "rate_limited", retryAfterSeconds: attempt.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, memberships: { where: { disabledAt: null }, select: { id: true } } },
  });
  if (!user) {
    await verifyDecoy(password);
    await attempt.failed();
    return { ok: false, reason: "invalid" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    await attempt.failed();
    return { ok: false, reason: "invalid" };
  }
  await attempt.succeeded();
  // Only someone who knows the password learns that the account is disabled.
  if (user.memberships.length === 0) return { ok: false, reason: "disabled" };
  return { ok: true, userId: user.id };
}
