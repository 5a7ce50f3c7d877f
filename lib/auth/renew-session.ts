import "server-only";
import { AuthError } from "next-auth";
import { signIn } from "./auth";

/**
 * Re-issues this browser's session JWT after its sessionVersion was bumped (a password
 * change), by signing in again with the password the person has just set.
 *
 * Why not `unstable_update` with the new version: it goes through the same POST
 * /api/auth/session endpoint a browser can call with any payload, so the jwt callback
 * could not tell the server's update from a revoked session asking to be revived. A fresh
 * sign-in proves the password instead of trusting a payload.
 *
 * Returns false if the sign-in was refused (e.g. rate-limited); the password is changed
 * all the same and the person signs in again by hand.
 */
export async function renewSession(email: string, password: string): Promise<boolean> {
  try {
    await signIn("credentials", { email, password, redirect: false });
    return true;
  } catch (error) {
    if (error instanceof AuthError) return false;
    throw error;
  }
}
