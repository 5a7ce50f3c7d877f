import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeHttpUrl } from "./safe-url";

describe("safeHttpUrl", () => {
  it("percent-encodes what could close a link or open markup", () => {
    expect(safeHttpUrl('https://news.test/a?"><img src=x onerror=alert(1)>')).toBe(
      "https://news.test/a?%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
    );
    expect(safeHttpUrl("https://user:secret@news.test/x y")).toBe("https://news.test/x%20y");
  });

  it("drops every scheme but http(s), and what is not a URL", () => {
    for (const raw of ["javascript:alert(1)", "data:text/html,<b>", "file:///etc/passwd", "not a url", "", null]) {
      expect(safeHttpUrl(raw)).toBeNull();
    }
  });

  it("never lets a quote, an angle bracket, a backtick, a pipe, a space or a line break through", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (path, query) => {
        const url = safeHttpUrl(`https://news.test/${path}?${query}`);
        expect(url === null || !/["'<>\s`{}|\\^]/.test(url)).toBe(true);
      }),
    );
  });
});
