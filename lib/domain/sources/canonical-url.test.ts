import { describe, expect, it } from "vitest";
import { canonicalizeUrl, siteOf } from "./canonical-url";

describe("canonicalizeUrl", () => {
  it.each([
    [
      "HTTPS://WWW.Example.COM:443/News/Story/?utm_source=x&b=2&a=1#comments",
      "https://www.example.com/News/Story?a=1&b=2",
    ],
    ["http://example.com:80/", "http://example.com/"],
    ["https://example.com/path/?fbclid=abc&gclid=def", "https://example.com/path"],
    ["https://user:pass@example.com/a", "https://example.com/a"],
    ["https://example.com./a", "https://example.com/a"],
    ["https://x.com/sohr/status/1?s=20&t=abc", "https://x.com/sohr/status/1"],
    ["https://www.youtube.com/watch?v=abc&t=42", "https://www.youtube.com/watch?t=42&v=abc"],
    [
      "https://www.annahar.com/arabic/مخيم-حارم",
      "https://www.annahar.com/arabic/%D9%85%D8%AE%D9%8A%D9%85-%D8%AD%D8%A7%D8%B1%D9%85",
    ],
  ])("%s → %s", (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it("gives the same form for the same page cited two ways", () => {
    expect(canonicalizeUrl("https://www.afp.com/ar/news/1?utm_medium=social#x")).toBe(
      canonicalizeUrl(" https://WWW.afp.com/ar/news/1/ "),
    );
  });

  it.each(["not a url", "ftp://example.com/file", "javascript:alert(1)", "file:///etc/passwd", ""])(
    "refuses %s",
    (input) => {
      expect(canonicalizeUrl(input)).toBeNull();
    },
  );

  it("is idempotent", () => {
    const once = canonicalizeUrl("https://Example.com/a/?z=1&utm_campaign=q&a=2#top")!;
    expect(canonicalizeUrl(once)).toBe(once);
  });
});

describe("siteOf", () => {
  it("drops www. and lower-cases", () => {
    expect(siteOf("https://WWW.France24.com/ar/x")).toBe("france24.com");
    expect(siteOf("nonsense")).toBeNull();
  });
});
