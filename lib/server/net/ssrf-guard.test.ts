import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FetchError, type FetchErrorCode } from "@/lib/server/net/fetch-error";
import {
  assertFetchableUrl,
  isAddressAllowed,
  isForbiddenAddress,
  parseAllowList,
  readAllowListFromEnv,
} from "@/lib/server/net/ssrf-guard";

function refusalCode(url: string, allow: readonly string[] = []): FetchErrorCode | "ACCEPTED" {
  try {
    assertFetchableUrl(url, { allow });
    return "ACCEPTED";
  } catch (error) {
    if (error instanceof FetchError) return error.code;
    throw error;
  }
}

describe("isForbiddenAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback, end of 127/8"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "0.0.0.0/8"],
    ["10.0.0.1", "private 10/8"],
    ["172.16.0.1", "private 172.16/12"],
    ["172.31.255.255", "private 172.16/12, end"],
    ["192.168.1.1", "private 192.168/16"],
    ["169.254.169.254", "cloud metadata (link-local)"],
    ["169.254.0.1", "link-local"],
    ["100.64.0.1", "CGNAT"],
    ["100.100.100.200", "Alibaba metadata (CGNAT)"],
    ["192.0.0.192", "Oracle metadata (IETF protocol assignments)"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast SSDP"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved 240/4"],
    ["198.18.0.1", "benchmarking 198.18/15"],
    ["198.19.255.254", "benchmarking, end"],
    ["192.0.2.1", "TEST-NET-1"],
    ["198.51.100.7", "TEST-NET-2"],
    ["203.0.113.9", "TEST-NET-3"],
    ["0177.0.0.1", "octal loopback"],
    ["0x7f.0.0.1", "hex loopback"],
    ["127.1", "short-form loopback"],
    ["2130706433", "decimal loopback"],
    ["::1", "IPv6 loopback"],
    ["[::1]", "bracketed IPv6 loopback"],
    ["::", "IPv6 unspecified"],
    ["fe80::1", "IPv6 link-local"],
    ["fe80::1%eth0", "IPv6 link-local with zone"],
    ["fc00::1", "unique-local"],
    ["fd00:ec2::254", "AWS IPv6 metadata (unique-local)"],
    ["ff02::1", "IPv6 multicast"],
    ["::ffff:127.0.0.1", "IPv4-mapped loopback"],
    ["::ffff:7f00:1", "IPv4-mapped loopback, hex form"],
    ["::ffff:169.254.169.254", "IPv4-mapped metadata"],
    ["::ffff:a9fe:a9fe", "IPv4-mapped metadata, hex form"],
    ["::ffff:0:10.0.0.1", "IPv4-translated private"],
    ["::127.0.0.1", "IPv4-compatible loopback"],
    ["::8.8.8.8", "IPv4-compatible (deprecated) even when public"],
    ["64:ff9b::7f00:1", "NAT64 wrapping loopback"],
    ["64:ff9b::a9fe:a9fe", "NAT64 wrapping metadata"],
    ["64:ff9b:1::a00:1", "local-use NAT64 prefix"],
    ["2002:7f00:1::", "6to4 wrapping loopback"],
    ["2002:c0a8:101::1", "6to4 wrapping 192.168.1.1"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "Teredo"],
    ["2001:db8::1", "IPv6 documentation"],
    ["2001:2::1", "IPv6 benchmarking"],
    ["fec0::1", "deprecated site-local"],
    ["100::1", "discard prefix"],
    ["4000::1", "outside global unicast 2000::/3"],
    ["not-an-ip", "garbage fails closed"],
    ["", "empty fails closed"],
  ])("refuses %s (%s)", (ip) => {
    expect(isForbiddenAddress(ip)).toBe(true);
  });

  it.each([
    "93.184.215.14",
    "8.8.8.8",
    "1.1.1.1",
    "151.101.1.69",
    "172.32.0.1", // just outside 172.16/12
    "100.128.0.1", // just outside 100.64/10
    "2606:4700:4700::1111",
    "2a00:1450:4001:82a::200e",
    "::ffff:8.8.8.8", // mapped public: judged by the IPv4 inside
    "64:ff9b::808:808", // NAT64 of a public address, as DNS64 networks return
    "2002:808:808::1", // 6to4 of a public address
  ])("accepts public %s", (ip) => {
    expect(isForbiddenAddress(ip)).toBe(false);
  });
});

describe("assertFetchableUrl", () => {
  it.each([
    // Numeric host notations, normalised by WHATWG URL parsing and then checked.
    ["http://2130706433/", "FORBIDDEN_ADDRESS"],
    ["http://017700000001/", "FORBIDDEN_ADDRESS"],
    ["http://0x7f000001/", "FORBIDDEN_ADDRESS"],
    ["http://0177.0.0.1/", "FORBIDDEN_ADDRESS"],
    ["http://0x7f.0.0.1/", "FORBIDDEN_ADDRESS"],
    ["http://127.1/", "FORBIDDEN_ADDRESS"],
    ["http://127.0.1/", "FORBIDDEN_ADDRESS"],
    ["http://127。0。0。1/", "FORBIDDEN_ADDRESS"],
    ["http://0/", "FORBIDDEN_ADDRESS"],
    ["http://0.0.0.0:8080/", "FORBIDDEN_ADDRESS"],
    ["http://127.0.0.1/", "FORBIDDEN_ADDRESS"],
    ["https://10.1.2.3/admin", "FORBIDDEN_ADDRESS"],
    ["http://192.168.0.1/", "FORBIDDEN_ADDRESS"],
    ["http://172.20.0.5:3000/", "FORBIDDEN_ADDRESS"],
    ["http://100.64.1.1/", "FORBIDDEN_ADDRESS"],
    ["http://169.254.169.254/latest/meta-data/", "FORBIDDEN_ADDRESS"],
    ["http://0xa9fea9fe/", "FORBIDDEN_ADDRESS"],
    ["http://2852039166/", "FORBIDDEN_ADDRESS"],
    ["http://[::1]/", "FORBIDDEN_ADDRESS"],
    ["http://[::]/", "FORBIDDEN_ADDRESS"],
    ["http://[0:0:0:0:0:0:0:1]/", "FORBIDDEN_ADDRESS"],
    ["http://[::ffff:127.0.0.1]/", "FORBIDDEN_ADDRESS"],
    ["http://[0:0:0:0:0:ffff:127.0.0.1]/", "FORBIDDEN_ADDRESS"],
    ["http://[::ffff:169.254.169.254]/", "FORBIDDEN_ADDRESS"],
    ["http://[::127.0.0.1]/", "FORBIDDEN_ADDRESS"],
    ["http://[64:ff9b::10.0.0.1]/", "FORBIDDEN_ADDRESS"],
    ["http://[64:ff9b::169.254.169.254]/", "FORBIDDEN_ADDRESS"],
    ["http://[2002:a9fe:a9fe::]/", "FORBIDDEN_ADDRESS"],
    ["http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/", "FORBIDDEN_ADDRESS"],
    ["http://[fe80::1]/", "FORBIDDEN_ADDRESS"],
    ["http://[fd00::1]/", "FORBIDDEN_ADDRESS"],
    ["http://[fd00:ec2::254]/latest/meta-data/", "FORBIDDEN_ADDRESS"],
    // Internal names.
    ["http://localhost/", "FORBIDDEN_ADDRESS"],
    ["http://localhost:3000/", "FORBIDDEN_ADDRESS"],
    ["http://LOCALHOST./", "FORBIDDEN_ADDRESS"],
    ["http://ＬＯＣＡＬＨＯＳＴ/", "FORBIDDEN_ADDRESS"],
    ["http://%6c%6fcalhost/", "FORBIDDEN_ADDRESS"],
    ["http://app.localhost/", "FORBIDDEN_ADDRESS"],
    ["http://metadata/computeMetadata/v1/", "FORBIDDEN_ADDRESS"],
    ["http://metadata.google.internal/computeMetadata/v1/", "FORBIDDEN_ADDRESS"],
    ["http://metadata.google.internal./", "FORBIDDEN_ADDRESS"],
    ["http://instance-data/latest/", "FORBIDDEN_ADDRESS"],
    ["http://instance-data.ec2.internal/", "FORBIDDEN_ADDRESS"],
    ["http://kubernetes.default.svc/", "FORBIDDEN_ADDRESS"],
    ["http://printer.local/", "FORBIDDEN_ADDRESS"],
    ["http://router.home.arpa/", "FORBIDDEN_ADDRESS"],
    ["http://intranet/", "FORBIDDEN_ADDRESS"],
    // Ports browsers refuse.
    ["http://example.com:25/", "FORBIDDEN_ADDRESS"],
    ["http://example.com:6667/", "FORBIDDEN_ADDRESS"],
    ["http://example.com:0/", "FORBIDDEN_ADDRESS"],
    // Schemes.
    ["file:///etc/passwd", "UNSUPPORTED_SCHEME"],
    ["gopher://127.0.0.1:6379/_INFO", "UNSUPPORTED_SCHEME"],
    ["ftp://example.com/file.txt", "UNSUPPORTED_SCHEME"],
    ["data:text/html,<script>alert(1)</script>", "UNSUPPORTED_SCHEME"],
    ["javascript:alert(1)", "UNSUPPORTED_SCHEME"],
    ["dict://127.0.0.1:11211/stats", "UNSUPPORTED_SCHEME"],
    ["ws://example.com/socket", "UNSUPPORTED_SCHEME"],
    // Credentials and garbage.
    ["http://user:secret@example.com/", "INVALID_URL"],
    ["http://user@example.com/", "INVALID_URL"],
    ["https://example.com@169.254.169.254/", "INVALID_URL"],
    ["http://1.2.3.4.5/", "INVALID_URL"],
    ["http://[::1/", "INVALID_URL"],
    ["not a url", "INVALID_URL"],
    ["//example.com/", "INVALID_URL"],
  ])("refuses %s with %s", (url, code) => {
    expect(refusalCode(url)).toBe(code);
  });

  it.each([
    "https://www.example.com/news/2024/article.html",
    "http://example.com/",
    "https://www.aljazeera.net/news/2024/1/1/%D8%AE%D8%A8%D8%B1",
    "https://مثال.إختبار/خبر", // IDN, becomes punycode
    "https://news.example.org:8443/path?q=1#frag",
    "http://93.184.215.14/",
    "https://[2606:4700:4700::1111]/",
    "https://[::ffff:8.8.8.8]/",
    "https://EXAMPLE.com./trailing-dot",
  ])("accepts %s", (url) => {
    expect(refusalCode(url)).toBe("ACCEPTED");
  });

  it("returns a normalised copy, not the caller's URL object", () => {
    const input = new URL("http://Example.COM:80/a/../b");
    const checked = assertFetchableUrl(input, { allow: [] });
    expect(checked).not.toBe(input);
    expect(checked.href).toBe("http://example.com/b");
  });

  it("gives users a message without internal details", () => {
    try {
      assertFetchableUrl("http://169.254.169.254/", { allow: [] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(FetchError);
      expect((error as FetchError).message).toMatch(/private or internal address/);
      expect((error as FetchError).message).not.toContain("169.254");
    }
  });

  it("lets an allowlisted loopback host:port through, and only that port", () => {
    const allow = ["127.0.0.1:4321"];
    expect(refusalCode("http://127.0.0.1:4321/", allow)).toBe("ACCEPTED");
    expect(refusalCode("http://127.0.0.1:4322/", allow)).toBe("FORBIDDEN_ADDRESS");
    expect(refusalCode("http://127.0.0.2:4321/", allow)).toBe("FORBIDDEN_ADDRESS");
    // Names stay forbidden: the allowlist is about addresses.
    expect(refusalCode("http://localhost:4321/", allow)).toBe("FORBIDDEN_ADDRESS");
  });
});

describe("allowlist", () => {
  it("is empty when SSRF_ALLOWLIST is unset", () => {
    expect(readAllowListFromEnv({})).toEqual([]);
  });

  it("reads host:port and CIDR entries", () => {
    const entries = readAllowListFromEnv({ SSRF_ALLOWLIST: "127.0.0.1:8080, [::1]:9000 ,127.0.10.0/24" });
    expect(entries).toHaveLength(3);
    const rules = parseAllowList(entries);
    expect(isAddressAllowed("127.0.0.1", 8080, rules)).toBe(true);
    expect(isAddressAllowed("::ffff:127.0.0.1", 8080, rules)).toBe(true);
    expect(isAddressAllowed("127.0.0.1", 8081, rules)).toBe(false);
    expect(isAddressAllowed("::1", 9000, rules)).toBe(true);
    expect(isAddressAllowed("127.0.10.77", 1234, rules)).toBe(true);
    expect(isAddressAllowed("127.0.11.1", 1234, rules)).toBe(false);
    expect(isAddressAllowed("10.0.0.1", 8080, rules)).toBe(false);
  });

  it.each(["10.0.0.1:80", "169.254.169.254:80", "0.0.0.0/0", "127.0.0.0/7", "::/0", "localhost:3000", "127.0.0.1"])(
    "rejects the non-loopback or malformed entry %s",
    (entry) => {
      expect(() => parseAllowList([entry])).toThrow(/loopback/);
    },
  );
});

describe("wrapped and renumbered IPv4 addresses (property)", () => {
  const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255));
  const hex = (high: number, low: number) => ((high << 8) | low).toString(16);

  it("judges IPv4-mapped, NAT64 and 6to4 forms by the IPv4 address inside", () => {
    fc.assert(
      fc.property(ipv4, ([a, b, c, d]) => {
        const expected = isForbiddenAddress(`${a}.${b}.${c}.${d}`);
        expect(isForbiddenAddress(`::ffff:${a}.${b}.${c}.${d}`)).toBe(expected);
        expect(isForbiddenAddress(`::ffff:${hex(a, b)}:${hex(c, d)}`)).toBe(expected);
        expect(isForbiddenAddress(`64:ff9b::${hex(a, b)}:${hex(c, d)}`)).toBe(expected);
        expect(isForbiddenAddress(`2002:${hex(a, b)}:${hex(c, d)}::1`)).toBe(expected);
        // IPv4-compatible is refused whatever it wraps.
        expect(isForbiddenAddress(`::${a}.${b}.${c}.${d}`)).toBe(true);
      }),
    );
  });

  it("treats decimal and hex host notations in URLs like the dotted address", () => {
    fc.assert(
      fc.property(ipv4, ([a, b, c, d]) => {
        const forbidden = isForbiddenAddress(`${a}.${b}.${c}.${d}`);
        const asNumber = ((a << 24) >>> 0) + (b << 16) + (c << 8) + d;
        const expected = forbidden ? "FORBIDDEN_ADDRESS" : "ACCEPTED";
        expect(refusalCode(`http://${asNumber}/`)).toBe(expected);
        expect(refusalCode(`http://0x${asNumber.toString(16)}/`)).toBe(expected);
        expect(refusalCode(`http://0${a.toString(8)}.${b}.0x${c.toString(16)}.${d}/`)).toBe(expected);
      }),
    );
  });
});
