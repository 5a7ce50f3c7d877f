import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/domain/reports/report-model";
import { sampleReportInput } from "@/lib/domain/reports/sample-report";
import { renderMarkdown } from "./markdown";

function reportWith(text: string, url: string | null) {
  const input = sampleReportInput();
  input.articles = [{ ...input.articles[0]!, title: text, url }];
  input.scope = { ...input.scope, title: text };
  input.claims = input.claims.map((claim) => ({ ...claim, statement: text, rationale: text }));
  return buildReport(input);
}

describe("renderMarkdown", () => {
  it("prints a hostile stored URL percent-encoded and hostile text escaped: nothing becomes markup", () => {
    const markdown = renderMarkdown(
      reportWith(
        "<img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** | cell",
        'https://news.test/a?"><img src=x onerror=alert(1)>',
      ),
    );
    expect(markdown).not.toMatch(/(?<!\\)<img/);
    expect(markdown).not.toMatch(/(?<!\\)\]\(javascript/);
    expect(markdown).toContain("<https://news.test/a?%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E>");
    expect(markdown).toContain("\\<img src\\=x onerror\\=alert\\(1\\)\\>");
  });

  it("leaves a javascript: URL out altogether", () => {
    expect(renderMarkdown(reportWith("title", "javascript:alert(1)"))).not.toContain("javascript:");
  });

  it("never lets a value open an HTML tag or a link (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, url) => {
        // Autolinks are ours; the URL inside cannot close one (no ">" or space survives safeHttpUrl).
        const markdown = renderMarkdown(reportWith(text, `https://news.test/${url}`)).replace(
          /<https?:\/\/[^>\s]*>/g,
          "",
        );
        expect(markdown).not.toMatch(/(?<!\\)</);
        expect(markdown).not.toMatch(/(?<!\\)\]\(/);
      }),
      { numRuns: 200 },
    );
  });
});
