import { describe, expect, it } from "vitest";
import { readSentToClaimDesk } from "./send-to-claimdesk";

describe("readSentToClaimDesk", () => {
  it("keeps what the bookmarklet sent when it is usable", () => {
    expect(
      readSentToClaimDesk({ url: "https://news.example/a?b=1", title: " عنوان ", quote: " قال المرصد\n" }),
    ).toEqual({ url: "https://news.example/a?b=1", title: "عنوان", quote: "قال المرصد", ignored: [] });
  });

  it("leaves out and names what it cannot use: other schemes, oversized or repeated fields", () => {
    expect(readSentToClaimDesk({ url: "javascript:alert(1)", title: ["a", "b"], quote: "q".repeat(2_001) })).toEqual({
      ignored: ["url", "title", "quote"],
    });
    expect(readSentToClaimDesk({ url: "file:///etc/passwd" }).ignored).toEqual(["url"]);
    expect(readSentToClaimDesk({ url: `https://x.example/${"a".repeat(2_000)}` }).ignored).toEqual(["url"]);
  });

  it("treats absent and empty fields as not sent", () => {
    expect(readSentToClaimDesk({ url: "", quote: undefined, other: "x" })).toEqual({ ignored: [] });
  });
});
