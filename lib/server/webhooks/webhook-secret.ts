import "server-only";
import { randomBytes } from "node:crypto";
import { openSecret, sealSecret } from "@/lib/server/crypto/secret-box";

/** Standard Webhooks' secret format: "whsec_" and base64 of 24 to 64 random bytes (we use 32). */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export function sealWebhookSecret(teamId: string, secret: string): string {
  return sealSecret("claimdesk-webhook-secret", teamId, Buffer.from(secret, "utf8"));
}

export function openWebhookSecret(teamId: string, sealed: string): string {
  return openSecret("claimdesk-webhook-secret", teamId, sealed).toString("utf8");
}
