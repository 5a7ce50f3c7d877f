import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { appUrl } from "@/lib/config/env";

/**
 * An invitation link's secret: 256 random bits, base64url. Only its SHA-256 is stored and looked
 * up (by a unique index), so the database never holds a usable link and no comparison of
 * secrets depends on how much of a guess was right.
 */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The absolute link the admin passes on; from APP_URL, never from request headers. */
export function invitationLink(token: string): string {
  return appUrl(`/invite/${token}`);
}
