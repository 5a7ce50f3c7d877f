const PLACEHOLDER_ORIGIN = "http://claimdesk.invalid";

/**
 * Where to go after signing in, from a `callbackUrl` the client sent: a path on this site, or
 * null. Anything that could leave the site (`//host`, `/\host`, `https://…`, control
 * characters) is refused, so the login page is no open redirect.
 */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length === 0 || value.length > 512) return null;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return null;
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  const url = new URL(value, PLACEHOLDER_ORIGIN);
  if (url.origin !== PLACEHOLDER_ORIGIN) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
