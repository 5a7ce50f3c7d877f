import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { appEnv } from "@/lib/config/env";

/**
 * Secrets the server must read back (report signing keys, webhook signing secrets) are kept
 * encrypted at rest with AES-256-GCM under a key derived from the server secret, one key per
 * purpose and team (HKDF), never stored. A row copied to another team or purpose won't open.
 */
export type SecretPurpose = "claimdesk-report-signing" | "claimdesk-webhook-secret";

function wrappingKey(purpose: SecretPurpose, teamId: string): Buffer {
  const secret = appEnv().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: stored secrets cannot be protected.");
  return Buffer.from(hkdfSync("sha256", secret, purpose, teamId, 32));
}

/** iv (12 bytes) ‖ tag (16) ‖ ciphertext, base64. */
export function sealSecret(purpose: SecretPurpose, teamId: string, plaintext: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", wrappingKey(purpose, teamId), iv);
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

export function openSecret(purpose: SecretPurpose, teamId: string, sealed: string): Buffer {
  const raw = Buffer.from(sealed, "base64");
  const decipher = createDecipheriv("aes-256-gcm", wrappingKey(purpose, teamId), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}
