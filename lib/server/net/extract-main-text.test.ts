import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractArticle, normalisePlainText } from "@/lib/server/net/extract-main-text";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const arabicPage = readFileSync(here("./fixtures/arabic-article.html"), "utf8");
const referenceLines = readFileSync(here("../../../tests/fixtures/articles/002_494f5185cd61c60b.txt"), "utf8").split(
  "\n",
);
const lorem = (sentence: string, times: number) => Array(times).fill(sentence).join(" ");

const ENGLISH_PAGE = `<!doctype html>
<html lang="en-GB">
<head>
  <title>Council denies budget claim – The Daily Example</title>
  <meta name="article:published_time" content="2025-03-04T09:00:00Z">
</head>
<body>
  <div class="top-menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
  <article>
    <h1>Council denies budget claim</h1>
    <p>The council said on Tuesday that the figure of <b>£4&nbsp;million</b>,   quoted by the opposition,
       was <a href="https://example.org/report">wrong</a>. ${lorem("Officials published the full accounts.", 4)}</p>
    <p>A spokesperson wrote: &lt;script&gt;alert(1)&lt;/script&gt; is not how we publish numbers.</p>
    <p>First line<br><br>Second line after a double break. ${lorem("The debate continues in the chamber.", 3)}</p>
    <img src="x" onerror="alert(1)" alt="">
    <script>document.write("injected")</script>
  </article>
  <footer>© The Daily Example. <a href="/terms">Terms</a></footer>
</body>
</html>`;

describe("extractArticle", () => {
  it("extracts the Arabic reference article from an RTL page with navigation and footer noise", () => {
    const article = extractArticle(arabicPage, "https://www.example.com/syria/harem");
    expect(article).not.toBeNull();
    expect(article?.title).toBe(referenceLines[0]);
    expect(article?.lang).toBe("ar");
    expect(article?.siteName).toBe("أخبار المنطقة");
    expect(article?.byline).toBe("فريق التحرير");
    expect(article?.publishedTime).toBe("2025-10-22T14:30:00+03:00");
    // Exactly the reference paragraphs: no headline, byline, menu, related links, cookie text or footer.
    expect(article?.text).toBe(referenceLines.slice(2, 8).join("\n\n"));
  });

  it("extracts an English page, keeping inline markup inside paragraphs and splitting at blocks", () => {
    const article = extractArticle(ENGLISH_PAGE, "https://www.daily.example.com/news/1");
    expect(article).not.toBeNull();
    expect(article?.lang).toBe("en-GB");
    expect(article?.publishedTime).toBe("2025-03-04T09:00:00Z");
    expect(article?.siteName).toBe("daily.example.com");
    expect(article?.title).toMatch(/^Council denies budget claim/);
    const paragraphs = article?.text.split("\n\n") ?? [];
    expect(paragraphs[0]).toMatch(
      /^The council said on Tuesday that the figure of £4 million, quoted by the opposition, was wrong\. Officials/,
    );
    expect(paragraphs).toContain("First line");
    expect(paragraphs.some((paragraph) => paragraph.startsWith("Second line after a double break."))).toBe(true);
    expect(article?.text).not.toMatch(/Home|Sport|Terms|injected|Council denies budget claim\n/);
    expect(article?.text).not.toMatch(/\n{3}| {2}|\u00a0/);
  });

  it("returns markup from the page as literal text, never as HTML", () => {
    const article = extractArticle(ENGLISH_PAGE);
    expect(article?.text).toContain("<script>alert(1)</script> is not how we publish numbers.");
    expect(article?.text).not.toContain("onerror");
  });

  it("normalises text to NFC", () => {
    // Alef followed by a combining hamza composes to U+0623 (أ); e + combining acute to é.
    const decomposed = "\u0627\u0654\u0643\u062f caf\u0065\u0301";
    const page = `<html lang="ar"><body><article><p>${lorem(decomposed, 20)}</p><p>${lorem("نص عربي إضافي.", 10)}</p></article></body></html>`;
    const text = extractArticle(page)?.text ?? "";
    expect(text).toContain("\u0623\u0643\u062f café");
    expect(text).toBe(text.normalize("NFC"));
  });

  it.each([
    [
      "a navigation-only page",
      `<html><body><nav><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`).join("")}</ul></nav><footer>(c) 2025</footer></body></html>`,
    ],
    [
      "a section front that is a list of links",
      `<html><body><div class="headlines"><ul>${Array.from(
        { length: 30 },
        (_, i) => `<li><a href="/story/${i}">Headline number ${i} about an important event</a></li>`,
      ).join("")}</ul></div></body></html>`,
    ],
    [
      "a JavaScript shell",
      `<html><body><div id="root"></div><noscript>You need to enable JavaScript to run this app.</noscript><script src="/app.js"></script></body></html>`,
    ],
    ["an empty document", ""],
    ["a one-line page", "<p>Page not found.</p>"],
  ])("returns null for %s", (_name, html) => {
    expect(extractArticle(html)).toBeNull();
  });
});

describe("normalisePlainText", () => {
  it("separates paragraphs by one blank line and collapses whitespace", () => {
    expect(normalisePlainText("  One\u00a0 two\nthree \r\n\r\n\n\nFour\t five  \n \n")).toBe(
      "One two three\n\nFour five",
    );
  });
});
