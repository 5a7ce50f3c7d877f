import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderArticleHtml } from "./render-article-html";

const text = "قالت المصادر إن الاشتباكات أسفرت عن قتلى.\n\nوأكد المرصد السوري مقتل ثلاثة عناصر.";
const id = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe("renderArticleHtml", () => {
  it("renders paragraphs and nested claim marks as the editor does", () => {
    const outer = { claimId: id(1), start: 0, end: text.indexOf(".") + 1 };
    const inner = { claimId: id(2), start: text.indexOf("قتلى"), end: text.indexOf("قتلى") + 4, approximate: true };
    const html = renderArticleHtml(text, [outer, inner], "rtl");
    const { document } = parseHTML(`<div>${html}</div>`);
    expect(document.querySelectorAll("p")).toHaveLength(2);
    const marks = [...document.querySelectorAll("mark")];
    expect(marks.map((mark) => [mark.dataset.claimId, mark.className, mark.textContent])).toEqual([
      [id(1), "claim-mark", "قالت المصادر إن الاشتباكات أسفرت عن قتلى."],
      [id(2), "claim-mark", "قتلى"],
    ]);
    expect(marks[1]!.parentElement).toBe(marks[0]);
    expect(marks[1]!.getAttribute("data-approximate")).toBe("true");
    expect(marks[0]!.hasAttribute("data-approximate")).toBe(false);
    expect(html).toContain("<p>وأكد المرصد السوري مقتل ثلاثة عناصر.</p>");
  });

  it("escapes markup in the text: it stays text", () => {
    const hostile = `<script>alert(1)</script> & <img src=x onerror=alert(1)> "quoted"`;
    const html = renderArticleHtml(hostile, [{ claimId: id(3), start: 0, end: 8 }], "ltr");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&amp;");
  });

  it("serves a repeated render from its cache, and renders anew when a span or the text changes", () => {
    const span = { claimId: id(4), start: 0, end: 4 };
    const first = renderArticleHtml(text, [span], "rtl");
    expect(renderArticleHtml(text, [{ ...span }], "rtl")).toBe(first);
    const moved = renderArticleHtml(text, [{ ...span, end: 12 }], "rtl");
    expect(moved).not.toBe(first);
    expect(moved).toContain(`>${text.slice(0, 12)}</mark>`);
    expect(renderArticleHtml(text, [{ ...span, approximate: true }], "rtl")).toContain('data-approximate="true"');
    expect(renderArticleHtml(`${text} ملحق`, [span], "rtl")).toContain("ملحق");
  });

  it("isolates a stretch in the other script, inside the claim that covers it", () => {
    const tweet = "— عين اليمن الأخبارية (@YenNews1) October 22, 2025";
    const html = renderArticleHtml(tweet, [{ claimId: id(5), start: 0, end: tweet.length }], "rtl");
    expect(html).toBe(
      `<p><mark data-claim-id="${id(5)}" class="claim-mark">— عين اليمن الأخبارية <bdi dir="ltr">(@YenNews1) October 22, 2025</bdi></mark></p>`,
    );
    expect(renderArticleHtml("Clashes broke out. قال المرصد", [], "ltr")).toBe(
      '<p>Clashes broke out. <bdi dir="rtl">قال المرصد</bdi></p>',
    );
  });

  it("renders an empty text as one empty paragraph", () => {
    expect(renderArticleHtml("", [], "rtl")).toBe("<p></p>");
  });
});
