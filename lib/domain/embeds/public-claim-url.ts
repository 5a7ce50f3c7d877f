/**
 * Addresses of a published claim's public page and embed card, under its article's public report
 * link: /r/<link token>/claims/<claim id>(/embed). Pure, so the oEmbed endpoint can tell a URL of
 * this server from anything else without fetching it.
 */

/** A report link token: 256 random bits, base64url (lib/server/reports/report-links.ts). */
export const LINK_TOKEN = /^[A-Za-z0-9_-]{43}$/;
export const CLAIM_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Longer than any address this server hands out; a longer one is not worth parsing. */
export const MAX_URL_LENGTH = 2_048;

export interface PublicClaimAddress {
  token: string;
  claimId: string;
}

export const publicClaimPath = ({ token, claimId }: PublicClaimAddress) => `/r/${token}/claims/${claimId}`;
export const claimEmbedPath = (address: PublicClaimAddress) => `${publicClaimPath(address)}/embed`;

/** True for a token and claim id of the right shape: anything else is not looked up at all. */
export function isPublicClaimAddress(address: PublicClaimAddress): boolean {
  return LINK_TOKEN.test(address.token) && CLAIM_ID.test(address.claimId);
}

/**
 * The link token and claim id of a public claim page URL on this server (`appUrl`, APP_URL), or
 * null: another origin, another path, a malformed or oversized URL. The query and fragment are
 * ignored, a trailing slash is allowed; the claim id comes back in lower case.
 */
export function parsePublicClaimUrl(url: string, appUrl: string): PublicClaimAddress | null {
  if (url.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  let base: URL;
  try {
    parsed = new URL(url);
    base = new URL(appUrl);
  } catch {
    return null;
  }
  if (parsed.origin !== base.origin || parsed.username || parsed.password) return null;
  const prefix = base.pathname.replace(/\/+$/, "");
  if (!parsed.pathname.startsWith(`${prefix}/r/`)) return null;
  const match = /^\/r\/([^/]+)\/claims\/([^/]+)\/?$/.exec(parsed.pathname.slice(prefix.length));
  if (!match) return null;
  const address = { token: match[1]!, claimId: match[2]!.toLowerCase() };
  return isPublicClaimAddress(address) ? address : null;
}
