import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./callback-path";

describe("safeCallbackPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeCallbackPath("/invite/abc_DEF-123")).toBe("/invite/abc_DEF-123");
    expect(safeCallbackPath("/search?q=x")).toBe("/search?q=x");
    // What the bookmarklet sends: an Arabic passage, percent-encoded.
    const sent = `/articles/new?${new URLSearchParams({ url: "https://news.example/a?b=1", quote: "قال ".repeat(250) })}`;
    expect(safeCallbackPath(sent)).toBe(sent);
  });

  it("refuses anything that could leave the site", () => {
    for (const value of [
      "//evil.test/x",
      "/\\evil.test",
      "https://evil.test/",
      "javascript:alert(1)",
      "invite/abc",
      "/\t/evil.test",
      "/a\\b",
      "",
      undefined,
      42,
      `/${"a".repeat(8_200)}`,
    ]) {
      expect(safeCallbackPath(value), String(value)).toBeNull();
    }
  });

  it("never returns a path another origin could be read from", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (value) => {
        const path = safeCallbackPath(value);
        if (path === null) return;
        expect(path.startsWith("/")).toBe(true);
        expect(path.startsWith("//")).toBe(false);
        expect(new URL(path, "http://claimdesk.invalid").origin).toBe("http://claimdesk.invalid");
      }),
    );
  });
});
