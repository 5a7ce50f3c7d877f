import { safeCallbackPath } from "@/lib/domain/auth/callback-path";

/** The page a request asked for (path and query), set by proxy.ts on every request: never the client's own value. */
export const RETURN_PATH_HEADER = "x-claimdesk-return-path";

/**
 * Pages opened from outside ClaimDesk that should survive signing in: the import page the
 * "Send to ClaimDesk" bookmarklet opens, with the page's address and the selected passage.
 * Other pages go to the login page as before (and then to the articles list).
 */
const RETURNABLE = [/^\/articles\/new(?:\?|$)/];

/** Where to send someone who is not signed in: the login page, coming back here afterwards when that is safe and useful. */
export function signInPathFor(requestedPath: string | null | undefined): string {
  const back = safeCallbackPath(requestedPath);
  if (!back || !RETURNABLE.some((pattern) => pattern.test(back))) return "/login";
  return `/login?callbackUrl=${encodeURIComponent(back)}`;
}

/** The path and query a request asked for, without Next's internal `_rsc` cache-busting parameter. */
export function requestedPathOf(url: URL): string {
  const search = new URLSearchParams(url.search);
  search.delete("_rsc");
  const query = search.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}
