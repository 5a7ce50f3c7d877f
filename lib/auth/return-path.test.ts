import { describe, expect, it } from "vitest";
import { requestedPathOf, signInPathFor } from "./return-path";

describe("signInPathFor", () => {
  it("comes back to the import page the bookmarklet opened, with its parameters", () => {
    const path = `/articles/new?${new URLSearchParams({ url: "https://news.example/a?b=1", quote: "قال المرصد" })}`;
    expect(signInPathFor(path)).toBe(`/login?callbackUrl=${encodeURIComponent(path)}`);
    expect(signInPathFor("/articles/new")).toBe("/login?callbackUrl=%2Farticles%2Fnew");
  });

  it("sends every other page, and anything unsafe or missing, to the plain login page", () => {
    for (const path of [
      "/team",
      "/",
      "/articles/newer",
      "//evil.test/articles/new",
      "https://evil.test/articles/new",
      null,
    ])
      expect(signInPathFor(path), String(path)).toBe("/login");
    expect(signInPathFor(`/articles/new?quote=${"a".repeat(9_000)}`)).toBe("/login");
  });
});

describe("requestedPathOf", () => {
  it("keeps the path and query, less Next's _rsc parameter", () => {
    expect(requestedPathOf(new URL("http://x.test/articles/new?url=https%3A%2F%2Fa.example&_rsc=1ab"))).toBe(
      "/articles/new?url=https%3A%2F%2Fa.example",
    );
    expect(requestedPathOf(new URL("http://x.test/articles/new?_rsc=1ab"))).toBe("/articles/new");
  });
});
