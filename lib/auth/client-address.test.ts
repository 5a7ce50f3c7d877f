import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addressBucket,
  clientAddressFrom,
  PEER_ADDRESS_HEADER,
  parseTrustedProxies,
  resolveClientAddress,
  UNKNOWN_ADDRESS,
} from "./client-address";

const none = parseTrustedProxies(undefined);
const oneHop = parseTrustedProxies("1");

/** Whatever a client may write into X-Forwarded-For: addresses, garbage, ports, empty entries. */
const forgedEntries = fc.array(
  fc.oneof(
    fc.ipV4(),
    fc.ipV6(),
    fc.string({ maxLength: 20 }).filter((text) => !text.includes(",")),
  ),
  { maxLength: 6 },
);

describe("resolveClientAddress", () => {
  it("without trusted proxies is the socket's peer, whatever X-Forwarded-For says", () => {
    fc.assert(
      fc.property(forgedEntries, (entries) => {
        expect(resolveClientAddress("203.0.113.7", entries.join(", "), none)).toBe("203.0.113.7");
      }),
    );
  });

  it("with one trusted hop is the entry that proxy appended, whatever the client put before it", () => {
    fc.assert(
      fc.property(forgedEntries, (entries) => {
        const header = [...entries, "198.51.100.23"].join(", ");
        expect(resolveClientAddress("10.0.0.2", header, oneHop)).toBe("198.51.100.23");
      }),
    );
  });

  it("with a list believes entries only while the hop that wrote them is on it", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, 192.0.2.1");
    // peer 10.0.0.2 (trusted) says 192.0.2.1 (trusted) says 198.51.100.23: the client.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.23, 192.0.2.1", trusted)).toBe("198.51.100.23");
    // A peer that is not a listed proxy is the client, and what it claims is ignored.
    expect(resolveClientAddress("198.51.100.9", "6.6.6.6", trusted)).toBe("198.51.100.9");
    // Every hop trusted: the leftmost entry is as far as anyone can tell.
    expect(resolveClientAddress("10.0.0.2", "10.1.1.1", trusted)).toBe("10.1.1.1");
  });

  it("stops at an entry that is not an address, keeping the last one a trusted hop vouched for", () => {
    expect(resolveClientAddress("10.0.0.2", "198.51.100.1, nonsense", parseTrustedProxies("2"))).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.2", "nonsense, 198.51.100.1", parseTrustedProxies("2"))).toBe("198.51.100.1");
  });

  it("takes more hops than entries as the leftmost entry", () => {
    expect(resolveClientAddress("10.0.0.2", "198.51.100.1", parseTrustedProxies("3"))).toBe("198.51.100.1");
  });

  it("reads ports, brackets and IPv4-mapped IPv6 as the plain address", () => {
    expect(resolveClientAddress("::ffff:127.0.0.1", null, none)).toBe("127.0.0.1");
    expect(resolveClientAddress("10.0.0.2", "[2001:db8::7]:443", oneHop)).toBe("2001:db8::7");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.4:51234", oneHop)).toBe("198.51.100.4");
    expect(resolveClientAddress("::ffff:10.0.0.2", "198.51.100.4", parseTrustedProxies("10.0.0.0/8"))).toBe(
      "198.51.100.4",
    );
  });

  it("puts requests without a known peer in one bucket rather than trusting the headers", () => {
    expect(resolveClientAddress(null, "198.51.100.4", oneHop)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom(new Headers({ "x-forwarded-for": "198.51.100.4" }), none)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddressFrom(new Headers({ [PEER_ADDRESS_HEADER]: "192.0.2.8" }), none)).toBe("192.0.2.8");
  });
});

describe("parseTrustedProxies", () => {
  it("refuses what is neither a hop count nor addresses", () => {
    expect(() => parseTrustedProxies("proxy.internal")).toThrow(/proxy\.internal/);
    expect(() => parseTrustedProxies("11")).toThrow(/0–10/);
    expect(() => parseTrustedProxies("10.0.0.0/33")).toThrow();
  });
});

describe("addressBucket", () => {
  it("counts IPv4 addresses singly and IPv6 addresses by /64", () => {
    expect(addressBucket("198.51.100.4")).toBe("198.51.100.4");
    expect(addressBucket("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:db8:1:2:bbbb::9")).toBe("2001:db8:1:2::/64");
    expect(addressBucket(UNKNOWN_ADDRESS)).toBe(UNKNOWN_ADDRESS);
  });
});
