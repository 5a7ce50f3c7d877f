import { describe, expect, it } from "vitest";
import { htmlTooComplex, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS, measureHtml } from "./html-shape";

const htmlNestingDepth = (html: string) => measureHtml(html).depth;

describe("htmlNestingDepth", () => {
  it("counts nested elements, not void ones or runs of paragraphs", () => {
    expect(htmlNestingDepth("<html><body><div><p>a<p>b<p>c<br><img src=x></div></body></html>")).toBe(3);
    expect(htmlNestingDepth("<ul><li>a<li>b<li>c</ul>")).toBe(1);
    expect(htmlNestingDepth("<div><span/><span/></div>")).toBe(1);
  });

  it("ignores markup inside comments and scripts, and text that only looks like a tag", () => {
    expect(htmlNestingDepth("<div><!-- <div><div><div> --><script>if (a < b) '<div><div>'</script></div>")).toBe(2);
    expect(htmlNestingDepth("<!doctype html><p>3 < 4 and 5 > 2</p>")).toBe(0);
  });

  it("refuses what would overflow a recursive parser or take Readability seconds, and keeps real pages", () => {
    expect(htmlTooComplex("<div>".repeat(100_000))).toBe("depth");
    expect(htmlTooComplex(`${"<div>".repeat(MAX_HTML_DEPTH)}text${"</div>".repeat(MAX_HTML_DEPTH)}`)).toBeNull();
    expect(htmlTooComplex(`${"<div>".repeat(MAX_HTML_DEPTH + 1)}text`)).toBe("depth");
    expect(htmlTooComplex("<p>news</p>".repeat(MAX_HTML_ELEMENTS))).toBeNull();
    expect(htmlTooComplex("<p>news</p>".repeat(MAX_HTML_ELEMENTS + 1))).toBe("elements");
  });

  it("reads hostile shapes in linear time", () => {
    const hostile = [
      "<a".repeat(200_000),
      "<script>".repeat(50_000),
      `<div>${"<".repeat(400_000)}`,
      "<!--".repeat(100_000),
    ];
    for (const html of hostile) {
      const started = performance.now();
      htmlNestingDepth(html);
      expect(performance.now() - started).toBeLessThan(1_000);
    }
  });
});
