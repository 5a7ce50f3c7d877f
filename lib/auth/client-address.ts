/**
 * The client address as seen by Next's server (it fills x-forwarded-for when absent): the
 * key of the per-address login limit. See README "Security notes" on reverse proxies.
 */
export function clientAddressFrom(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "unknown";
}
