import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/domain/reports/report-model";
import { sampleReportInput } from "@/lib/domain/reports/sample-report";
import { renderHtml } from "./html";
import { renderMarkdown } from "./markdown";

const report = buildReport(sampleReportInput());

describe("the report in the reader's language", () => {
  it("is English and left to right by default, the Arabic quotes right to left inside it", () => {
    const html = renderHtml(report);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain("Casualty report");
    expect(html).toContain("Rating scale and its ClaimReview mapping");
    expect(html).toMatch(/<blockquote lang="ar" dir="rtl">/);
    expect(renderMarkdown(report)).toContain("- Verdict: **Mixed**");
  });

  it("is Arabic and right to left when asked, verdicts by their Arabic names, counts in Arabic plural forms", () => {
    const html = renderHtml(report, { locale: "ar" });
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("حصيلة ضحايا");
    expect(html).toContain("مختلط");
    expect(html).toContain("سلّم التقييم ومقابله في ClaimReview");
    expect(html).toMatch(/[3٣] ادعاءات/);
    expect(html).not.toContain("Casualty report");
    const markdown = renderMarkdown(report, { locale: "ar" });
    expect(markdown).toContain("- الحكم: **مختلط**");
    expect(markdown).not.toContain("Verdict");
  });

  it("isolates names, so an English outlet keeps its order in an Arabic line", () => {
    expect(renderHtml(report, { locale: "ar" })).toContain("تقرير ادعاءات من <bdi>Demo Newsroom</bdi>");
    expect(renderHtml(report)).toContain("Claim report by <bdi>Demo Newsroom</bdi>");
  });
});
