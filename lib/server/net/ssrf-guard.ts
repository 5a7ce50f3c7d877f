import "server-only";
import ipaddr from "ipaddr.js";
import { FetchError } from "@/lib/server/net/fetch-error";

/**
 * Pure checks deciding whether a user-supplied URL (or a resolved address) may be fetched
 * by the server. Policy is deny-by-default: an address is fetchable only when it is plain
 * public unicast; everything ipaddr.js classifies as special (loopback, private, link-local,
 * CGNAT, multicast, reserved, documentation, benchmarking ...) is refused, and IPv6 forms that
 * wrap an IPv4 address are unwrapped and judged by the address inside.
 *
 * Ports: any port a browser would fetch is allowed (news sites do live on :8080 and the like).
 * The WHATWG Fetch "bad ports" (SMTP, IRC, SSH ...) are refused, as browsers do, so our
 * server cannot be used to send HTTP-shaped payloads to mail or chat servers.
 */

/** https://fetch.spec.whatwg.org/#bad-port, plus 0 which no server listens on. */
const BAD_PORTS = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** Cloud metadata services and cluster-internal names that may also resolve through public DNS tricks. */
const FORBIDDEN_HOSTNAMES = new Set([
  "localhost",
  "metadata",
  "metadata.google.internal",
  "metadata.goog",
  "instance-data",
  "instance-data.ec2.internal",
  "kubernetes",
  "kubernetes.default",
  "kubernetes.default.svc",
]);

/** Suffixes that only resolve inside a private network (RFC 6761, RFC 8375, mDNS, Kubernetes). */
const FORBIDDEN_SUFFIXES = [".localhost", ".local", ".localdomain", ".internal", ".home.arpa", ".arpa", ".svc"];

type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;

const GLOBAL_UNICAST_V6: [ipaddr.IPv6, number] = [ipaddr.IPv6.parse("2000::"), 3];
const NAT64_WELL_KNOWN: [ipaddr.IPv6, number] = [ipaddr.IPv6.parse("64:ff9b::"), 96];
const IPV4_TRANSLATED: [ipaddr.IPv6, number] = [ipaddr.IPv6.parse("::ffff:0:0:0"), 96];
const IPV4_COMPATIBLE: [ipaddr.IPv6, number] = [ipaddr.IPv6.parse("::"), 96];

/**
 * ipaddr.js reads any "::a.b.c.d" as IPv4-mapped (::ffff:a.b.c.d), which would let the
 * deprecated IPv4-compatible form pass as its public IPv4; spelling the tail in hex avoids that.
 */
function dottedTailToHex(ip: string): string {
  const match = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip);
  if (!match) return ip;
  const octets = match.slice(2, 6).map(Number);
  if (octets.some((octet) => octet > 255)) return ip;
  const [a = 0, b = 0, c = 0, d = 0] = octets;
  return `${match[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
}

function parseAddress(ip: string): IpAddress | null {
  const bare = ip.startsWith("[") && ip.endsWith("]") ? ip.slice(1, -1) : ip;
  try {
    return ipaddr.parse(bare.includes(":") ? dottedTailToHex(bare) : bare);
  } catch {
    return null;
  }
}

function lastFourBytesAsIPv4(address: ipaddr.IPv6): ipaddr.IPv4 {
  const bytes = address.toByteArray();
  return new ipaddr.IPv4(bytes.slice(12, 16));
}

/**
 * The IPv4 address a packet to this IPv6 address would really reach, "forbidden" for
 * wrappers we refuse outright, or null when the address wraps nothing.
 */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | "forbidden" | null {
  if (address.isIPv4MappedAddress() || address.match(IPV4_TRANSLATED) || address.match(NAT64_WELL_KNOWN)) {
    return lastFourBytesAsIPv4(address);
  }
  const range = address.range();
  if (range === "6to4") {
    const bytes = address.toByteArray();
    return new ipaddr.IPv4(bytes.slice(2, 6));
  }
  // Teredo obfuscates the client address and the local-use NAT64 prefix (64:ff9b:1::/48) is
  // internal by definition; neither is how a newsroom publishes articles.
  if (range === "teredo" || range === "rfc6052") return "forbidden";
  // IPv4-compatible addresses (::a.b.c.d) are deprecated; "::" and "::1" land here too.
  if (address.match(IPV4_COMPATIBLE)) return "forbidden";
  return null;
}

function isForbiddenParsed(address: IpAddress): boolean {
  if (address.kind() === "ipv4") return (address as ipaddr.IPv4).range() !== "unicast";
  const v6 = address as ipaddr.IPv6;
  // A zone id means a link-scoped address, local to this machine's interfaces.
  if (v6.zoneId) return true;
  const inner = embeddedIPv4(v6);
  if (inner === "forbidden") return true;
  if (inner) return inner.range() !== "unicast";
  // ipaddr.js calls unallocated space "unicast" too; only 2000::/3 is routable on the internet.
  return v6.range() !== "unicast" || !v6.match(GLOBAL_UNICAST_V6);
}

/** True unless `ip` is a public unicast address. Anything that doesn't parse is forbidden. */
export function isForbiddenAddress(ip: string): boolean {
  const address = parseAddress(ip);
  return address === null || isForbiddenParsed(address);
}

// ---------------------------------------------------------------------------------------------
// Allowlist (tests only)

export type AllowRule =
  { kind: "endpoint"; address: IpAddress; port: number } | { kind: "range"; range: [IpAddress, number] };

const LOOPBACK_V4: [ipaddr.IPv4, number] = [ipaddr.IPv4.parse("127.0.0.0"), 8];

function isLoopback(address: IpAddress): boolean {
  return address.kind() === "ipv4" ? address.match(LOOPBACK_V4) : address.range() === "loopback";
}

/** IPv4-mapped loopback (::ffff:127.0.0.1) is matched as the IPv4 address it is. */
function canonical(address: IpAddress): IpAddress {
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    return (address as ipaddr.IPv6).toIPv4Address();
  }
  return address;
}

/**
 * Parses allowlist entries: "127.0.0.1:8080", "[::1]:8080" or a CIDR such as "127.0.0.0/8".
 * Entries may only name loopback addresses: the allowlist exists so tests can reach a local
 * fixture server, and must not become a way to open the private network or cloud metadata.
 */
export function parseAllowList(entries: readonly string[]): AllowRule[] {
  const rules: AllowRule[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const invalid = new Error(
      `SSRF allowlist entry "${entry}" must be a loopback host:port (127.0.0.1:8080, [::1]:8080) or a loopback CIDR`,
    );
    if (entry.includes("/")) {
      let range: [IpAddress, number];
      try {
        range = ipaddr.parseCIDR(entry);
      } catch {
        throw invalid;
      }
      const minimumPrefix = range[0].kind() === "ipv4" ? 8 : 128;
      if (!isLoopback(range[0]) || range[1] < minimumPrefix) throw invalid;
      rules.push({ kind: "range", range });
      continue;
    }
    const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d{1,5})$/.exec(entry);
    const host = match?.[1] ?? match?.[2];
    const port = Number(match?.[3]);
    const address = host ? parseAddress(host) : null;
    if (!address || !isLoopback(canonical(address)) || !(port > 0 && port <= 65535)) throw invalid;
    rules.push({ kind: "endpoint", address: canonical(address), port });
  }
  return rules;
}

/** Entries of SSRF_ALLOWLIST (comma-separated). Unset means no exceptions at all. */
export function readAllowListFromEnv(env: Record<string, string | undefined> = process.env): string[] {
  return (env.SSRF_ALLOWLIST ?? "").split(",").filter((entry) => entry.trim() !== "");
}

function isAllowListed(address: IpAddress, port: number, rules: readonly AllowRule[]): boolean {
  const target = canonical(address);
  return rules.some((rule) => {
    if (rule.kind === "range") {
      return target.kind() === rule.range[0].kind() && target.match(rule.range);
    }
    return rule.port === port && target.kind() === rule.address.kind() && target.toString() === rule.address.toString();
  });
}

/** Whether the server may connect to `ip` on `port`, given the allowlist. */
export function isAddressAllowed(ip: string, port: number, rules: readonly AllowRule[] = []): boolean {
  const address = parseAddress(ip);
  if (address === null) return false;
  return !isForbiddenParsed(address) || isAllowListed(address, port, rules);
}

// ---------------------------------------------------------------------------------------------
// URLs

export function effectivePort(url: URL): number {
  if (url.port) return Number(url.port);
  return url.protocol === "https:" ? 443 : 80;
}

/** URL.hostname without IPv6 brackets or the trailing dots DNS ignores. */
export function bareHostname(url: URL): string {
  const host = url.hostname;
  if (host.startsWith("[") && host.endsWith("]")) return host.slice(1, -1);
  return host.replace(/\.+$/, "");
}

/** True when the URL's host is an IP literal (after WHATWG parsing turned 0x7f.1 etc. into dotted form). */
export function isIpLiteralHost(url: URL): boolean {
  return url.hostname.startsWith("[") || ipaddr.IPv4.isValidFourPartDecimal(url.hostname);
}

function isForbiddenHostname(hostname: string): boolean {
  // Single-label names resolve through the server's DNS search domains, i.e. internal hosts.
  if (!hostname.includes(".")) return true;
  if (FORBIDDEN_HOSTNAMES.has(hostname)) return true;
  return FORBIDDEN_SUFFIXES.some((suffix) => hostname.endsWith(suffix));
}

/**
 * Parses and checks a user-supplied URL before any network traffic: scheme, credentials, port,
 * and the host when it is an IP literal or a known-internal name. Hostnames still need their
 * resolved addresses checked (safeFetch does that); this function does no I/O.
 */
export function assertFetchableUrl(url: string | URL, options: { allow?: readonly string[] } = {}): URL {
  let parsed: URL;
  try {
    // Always a fresh copy so callers can't mutate the URL after it was checked.
    parsed = new URL(url);
  } catch (error) {
    throw new FetchError("INVALID_URL", undefined, { cause: error });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new FetchError("UNSUPPORTED_SCHEME");
  }
  if (parsed.username || parsed.password) {
    throw new FetchError("INVALID_URL", "Links containing a user name or password can't be fetched.");
  }
  const port = effectivePort(parsed);
  if (BAD_PORTS.has(port)) {
    throw new FetchError("FORBIDDEN_ADDRESS", "This link uses a network port that can't be fetched.");
  }
  const hostname = bareHostname(parsed);
  if (isIpLiteralHost(parsed)) {
    if (!isAddressAllowed(hostname, port, parseAllowList(options.allow ?? readAllowListFromEnv()))) {
      throw new FetchError("FORBIDDEN_ADDRESS");
    }
  } else if (isForbiddenHostname(hostname)) {
    throw new FetchError("FORBIDDEN_ADDRESS");
  }
  return parsed;
}
