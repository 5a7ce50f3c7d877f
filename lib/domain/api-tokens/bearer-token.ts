/**
 * An API token: `cdk_` and 8 lowercase letters or digits (the prefix, shown to recognise the token and
 * the key it is found by), `_`, then 32 random bytes in base64url (43 characters).
 */
export const API_TOKEN_PATTERN = /^(cdk_[a-z0-9]{8})_[A-Za-z0-9_-]{43}$/;
export const API_TOKEN_PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
export const API_TOKEN_LENGTH = 56;

/**
 * The token of an `Authorization: Bearer <token>` header (the scheme is case-insensitive, RFC 9110),
 * or null. The length is checked first, so a huge header costs nothing.
 */
export function parseBearerToken(authorization: string | null | undefined): { token: string; prefix: string } | null {
  if (!authorization || authorization.length > API_TOKEN_LENGTH + 40) return null;
  const match = /^bearer +(\S+) *$/i.exec(authorization);
  const token = match?.[1];
  const prefix = token ? API_TOKEN_PATTERN.exec(token)?.[1] : undefined;
  return token && prefix ? { token, prefix } : null;
}
