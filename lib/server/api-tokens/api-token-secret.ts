import "server-only";
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { API_TOKEN_PREFIX_ALPHABET } from "@/lib/domain/api-tokens/bearer-token";

/**
 * A new token, `cdk_<8 characters>_<32 random bytes, base64url>`, and what is stored of it: the
 * prefix (shown, and the unique key it is found by) and the SHA-256 of the whole token.
 *
 * A fast hash is right here, unlike for passwords: the secret is 256 random bits, not something a
 * person chose, so there is no dictionary to try and a slow hash would only slow every API call.
 */
export function newApiToken(): { token: string; prefix: string; secretHash: string } {
  let random = "";
  for (let i = 0; i < 8; i++) random += API_TOKEN_PREFIX_ALPHABET[randomInt(API_TOKEN_PREFIX_ALPHABET.length)];
  const prefix = `cdk_${random}`;
  const token = `${prefix}_${randomBytes(32).toString("base64url")}`;
  return { token, prefix, secretHash: hashApiToken(token) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Compares two SHA-256 hex digests in constant time. */
export function sameApiTokenHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === 32 && right.length === 32 && timingSafeEqual(left, right);
}
