const PLACEHOLDER_ORIGIN = "http://claimdesk.invalid";
/**
 * Long enough for the import page with what the "Send to ClaimDesk" bookmarklet sends (a quote
 * in Arabic triples when percent-encoded), short enough that the login URL carrying it stays
 * within a server's 16 KB request-header limit.
 */
const MAX_CALLBACK_PATH = 8_192;

/**
 * Where to go after signing in, from a `callbackUrl` the client sent: a path on this site, or
 * null. Anything that could leave the site (`//host`, `/\host`, `https://…`, control
 * characters) is refused, so the login page is no open redirect.
 */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_CALLBACK_PATH) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  const url = new URL(value, PLACEHOLDER_ORIGIN);
  if (url.origin !== PLACEHOLDER_ORIGIN) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
