import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BOOKMARKLET_LIMITS, bookmarkletCode, sendToClaimDeskBookmarklet } from "./send-to-claimdesk-bookmarklet";

/** Runs the bookmarklet's code against a stand-in page and returns what it opened. */
function run(bookmarklet: string, page: { href: string; title: string; selection: string }) {
  const opened: unknown[][] = [];
  const window = { getSelection: () => page.selection, open: (...args: unknown[]) => opened.push(args) };
  new Function("window", "location", "document", bookmarkletCode(bookmarklet))(
    window,
    { href: page.href },
    { title: page.title },
  );
  return opened;
}

describe("sendToClaimDeskBookmarklet", () => {
  it("opens the import page with the page's address, title and selection, in a new tab without an opener", () => {
    const opened = run(sendToClaimDeskBookmarklet("https://claims.example.org/articles/new"), {
      href: "https://news.example/a?b=1&c=2#x",
      title: "عنوان الخبر",
      selection: "  قال المرصد إن خمسة قتلوا.\n",
    });
    expect(opened).toHaveLength(1);
    const [target, name, features] = opened[0] as [string, string, string];
    expect([name, features]).toEqual(["_blank", "noopener"]);
    const url = new URL(target);
    expect(url.origin + url.pathname).toBe("https://claims.example.org/articles/new");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      url: "https://news.example/a?b=1&c=2#x",
      title: "عنوان الخبر",
      quote: "قال المرصد إن خمسة قتلوا.",
    });
  });

  it("caps what it sends and leaves the quote out when nothing is selected", () => {
    const opened = run(sendToClaimDeskBookmarklet("http://127.0.0.1:3000/articles/new"), {
      href: `https://news.example/${"a".repeat(5_000)}`,
      title: "t".repeat(1_000),
      selection: "",
    });
    const url = new URL(opened[0]![0] as string);
    expect(url.searchParams.get("url")).toHaveLength(BOOKMARKLET_LIMITS.url);
    expect(url.searchParams.get("title")).toHaveLength(BOOKMARKLET_LIMITS.title);
    expect(url.searchParams.has("quote")).toBe(false);
    const long = run(sendToClaimDeskBookmarklet("http://127.0.0.1:3000/articles/new"), {
      href: "https://news.example/",
      title: "",
      selection: "q".repeat(9_000),
    });
    expect(new URL(long[0]![0] as string).searchParams.get("quote")).toHaveLength(BOOKMARKLET_LIMITS.quote);
  });

  it("is one constant template: only the address varies", () => {
    const a = bookmarkletCode(sendToClaimDeskBookmarklet("https://a.example/articles/new"));
    const b = bookmarkletCode(sendToClaimDeskBookmarklet("https://b.example/articles/new"));
    expect(a.replace("https://a.example", "")).toBe(b.replace("https://b.example", ""));
    expect(sendToClaimDeskBookmarklet("https://a.example/articles/new")).toMatch(/^javascript:[\w%.!~*'()-]+$/);
  });

  it("keeps any address inside its string literal: quotes, </script> and line separators cannot break out", () => {
    const hostile = `https://x.example/"+alert(1)+"</script><script>alert(2)</script>\u2028'\\`;
    const code = bookmarkletCode(sendToClaimDeskBookmarklet(hostile));
    expect(code).not.toMatch(/<\/?script/i);
    expect(code).not.toContain("\u2028");
    const opened = run(sendToClaimDeskBookmarklet(hostile), { href: "https://n.example/", title: "", selection: "" });
    expect(opened).toHaveLength(1);
    expect((opened[0]![0] as string).startsWith(`${hostile}?`)).toBe(true);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (address) => {
        const result = run(sendToClaimDeskBookmarklet(address), { href: "h", title: "", selection: "" });
        expect(result).toHaveLength(1);
        expect(String(result[0]![0])).toBe(`${address}?url=h&title=`);
      }),
    );
  });
});
