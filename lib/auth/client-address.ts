import ipaddr from "ipaddr.js";

/**
 * The request's client address: the key of the per-address login limits.
 *
 * The only address nobody can forge is the socket's peer. Next passes a client's own
 * X-Forwarded-For through untouched (it fills the header only when it is absent), so the
 * peer travels in PEER_ADDRESS_HEADER, set on every request by the server hook in
 * lib/server/net/record-peer-address.ts (a client's copy of that header is overwritten).
 * X-Forwarded-For entries are believed only as far as TRUSTED_PROXIES says, walking from
 * the right: each trusted hop vouches for the entry it appended, nothing vouches for the rest.
 */
export const PEER_ADDRESS_HEADER = "x-claimdesk-peer-address";

/** Every request whose peer could not be told lands in this one bucket: throttled together, never let through apart. */
export const UNKNOWN_ADDRESS = "unknown";

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** `{ hops: 0 }` (the default) believes no X-Forwarded-For entry at all. */
export type TrustedProxies = { hops: number } | { ranges: Range[] };

/**
 * TRUSTED_PROXIES: empty for none, a number of proxy hops in front of the app, or a comma list
 * of proxy addresses and CIDR ranges. Throws a one-line message for anything else.
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? "";
  if (text === "") return { hops: 0 };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 10) throw new Error("a hop count must be 0–10");
    return { hops };
  }
  const ranges = text.split(",").map((entry) => {
    const item = entry.trim();
    if (ipaddr.isValidCIDR(item)) return ipaddr.parseCIDR(item);
    const address = parseAddress(item);
    if (!address) throw new Error(`"${item}" is neither a number of hops nor an IP address or CIDR range`);
    return [address, address.kind() === "ipv4" ? 32 : 128] as Range;
  });
  return { ranges: ranges.map(([address, bits]) => toPlain(address, bits)) };
}

export function clientAddressFrom(headers: Headers, trusted: TrustedProxies): string {
  return resolveClientAddress(headers.get(PEER_ADDRESS_HEADER), headers.get("x-forwarded-for"), trusted);
}

export function resolveClientAddress(
  peer: string | null,
  forwardedFor: string | null,
  trusted: TrustedProxies,
): string {
  let client = parseAddress(peer ?? "");
  if (!client) return UNKNOWN_ADDRESS;
  const forwarded = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (let hopsPassed = 0; forwarded.length > 0 && isTrusted(client, hopsPassed, trusted); hopsPassed++) {
    const next = parseAddress(forwarded.pop()!);
    // Not an address: no trusted proxy wrote that, so the last address one vouched for stands.
    if (!next) break;
    client = next;
  }
  return client.toString();
}

/**
 * The bucket an address is counted in: IPv4 addresses one by one, IPv6 by /64 (one subscriber's
 * network; counting single IPv6 addresses would give every client 2^64 fresh buckets).
 */
export function addressBucket(address: string): string {
  const parsed = parseAddress(address);
  if (!parsed) return UNKNOWN_ADDRESS;
  if (parsed.kind() === "ipv4") return parsed.toString();
  const parts = (parsed as ipaddr.IPv6).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...parts, 0, 0, 0, 0]).toString()}/64`;
}

function isTrusted(address: ipaddr.IPv4 | ipaddr.IPv6, hopsPassed: number, trusted: TrustedProxies): boolean {
  if ("hops" in trusted) return hopsPassed < trusted.hops;
  return trusted.ranges.some(([range, bits]) => address.kind() === range.kind() && address.match(range, bits));
}

/** An address as proxies write it: plain, [IPv6]:port, IPv4:port; IPv4-mapped IPv6 becomes IPv4. */
function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = text.match(/^\[([^\]]+)\](?::\d+)?$/)?.[1] ?? text.match(/^(\d+\.\d+\.\d+\.\d+):\d+$/)?.[1] ?? text;
  if (!ipaddr.IPv6.isValid(bare) && !ipaddr.IPv4.isValidFourPartDecimal(bare)) return null;
  return ipaddr.process(bare);
}

/** IPv4-mapped ranges written in IPv6 form match the IPv4 addresses parseAddress produces. */
function toPlain(address: ipaddr.IPv4 | ipaddr.IPv6, bits: number): Range {
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96) {
    return [(address as ipaddr.IPv6).toIPv4Address(), bits - 96];
  }
  return [address, bits];
}
