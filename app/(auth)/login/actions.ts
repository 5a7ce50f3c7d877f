"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/domain/auth/callback-path";
import { requestLogger } from "@/lib/log/request-logger";

export interface LoginState {
  error?: "invalid" | "rateLimited" | "disabled" | "unavailable" | "unexpected";
  retryAfterSeconds?: number;
  email?: string;
  /** Counts submissions, so the form (and its tests) can tell one answer from the next. */
  attempt?: number;
}

export async function login(previous: LoginState, form: FormData): Promise<LoginState> {
  const attempt = (previous.attempt ?? 0) + 1;
  const email = String(form.get("email") ?? "").slice(0, 254);
  const password = String(form.get("password") ?? "").slice(0, 200);
  try {
    const redirectTo = safeCallbackPath(form.get("callbackUrl")) ?? "/";
    await signIn("credentials", { email, password, redirectTo });
    return {};
  } catch (error) {
    if (error instanceof CredentialsSignin) return { email, attempt, ...fromSignInCode(error.code) };
    if (error instanceof AuthError) {
      (await requestLogger()).error({ err: error }, "sign-in failed");
      return { email, attempt, error: "unexpected" };
    }
    throw error; // Next's redirect after a successful sign-in travels as an exception.
  }
}

function fromSignInCode(code: string): Omit<LoginState, "email"> {
  const [kind, seconds] = code.split(":");
  if (kind === "rate_limited") return { error: "rateLimited", retryAfterSeconds: Number(seconds) || 60 };
  if (kind === "disabled") return { error: "disabled" };
  if (kind === "unavailable") return { error: "unavailable" };
  return { error: "invalid" };
}
