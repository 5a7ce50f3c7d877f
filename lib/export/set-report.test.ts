import { describe, expect, it } from "vitest";
import { buildReport, ZReport } from "@/lib/domain/reports/report-model";
import {
  SAMPLE_ARTICLE_ID,
  SAMPLE_OTHER_ARTICLE_ID,
  sampleCaseReportInput,
  sampleReportInput,
} from "@/lib/domain/reports/sample-report";
import { withoutInternalNotes } from "@/lib/domain/reports/without-internal-notes";
import { claimReviewsOf } from "./claimreview";
import { renderCsv } from "./csv";
import { renderHtml, scopeTitle } from "./html";
import { renderMarkdown } from "./markdown";
import { reportTranslator } from "./report-translator";

const report = buildReport(sampleCaseReportInput());

describe("a report of a set of claims (a case)", () => {
  it("lists its articles by id and its claims grouped under them, each naming its article", () => {
    expect(ZReport.parse(report)).toEqual(report);
    expect(report.articles.map((article) => article.id)).toEqual([SAMPLE_OTHER_ARTICLE_ID, SAMPLE_ARTICLE_ID]);
    expect(report.claims.map((claim) => [claim.articleId, claim.id])).toEqual([
      [SAMPLE_OTHER_ARTICLE_ID, "claim-wire"],
      [SAMPLE_ARTICLE_ID, "claim-casualties"],
      [SAMPLE_ARTICLE_ID, "claim-accusation"],
      [SAMPLE_ARTICLE_ID, "claim-promise"],
    ]);
  });

  it("is the article's own report when the set is one article's claims", () => {
    const single = buildReport(sampleReportInput());
    const asSet = buildReport({ ...sampleReportInput(), scope: report.scope });
    expect(asSet.claims).toEqual(single.claims);
    expect(asSet.articles).toEqual(single.articles);
  });

  it("is titled by what was selected, in the reader's language, with each article a section in its own direction", () => {
    const html = renderHtml(report);
    expect(html).toContain("<title>Case: Harem camp operation — claim report</title>");
    expect(html).toContain('<h1 dir="auto">Case: Harem camp operation</h1>');
    expect(html).toMatch(/<h2 id="article-[^"]+" lang="en" dir="ltr">Syrian forces surround camp/);
    expect(html).toMatch(/<h2 id="article-[^"]+" lang="ar" dir="rtl">قوّات سورية/);
    // Numbered straight through, under the articles: 1 in the English article, 2–4 in the Arabic one.
    expect(html.indexOf("<h3>1. ")).toBeLessThan(html.indexOf("قوّات سورية"));
    expect(html).toContain("<h3>4. ");
    expect(renderHtml(report, { locale: "ar" })).toContain('<h1 dir="auto">القضية: Harem camp operation</h1>');
  });

  it("shows the desk's tags in internal reports, and none once made public", () => {
    const input = sampleCaseReportInput();
    input.claims = input.claims.map((claim) => ({ ...claim, tags: ["Harem", "Idlib"] }));
    const tagged = buildReport(input);
    expect(tagged.claims[0]!.tags).toEqual(["Harem", "Idlib"]);
    expect(renderHtml(tagged)).toContain("Tags: <bdi>Harem, Idlib</bdi>");
    expect(renderCsv(tagged)).toContain("Harem; Idlib");
    expect(renderMarkdown(tagged)).toContain("Tags\\: Harem\\, Idlib");
    const publicReport = withoutInternalNotes(tagged);
    expect(publicReport.claims.every((claim) => claim.tags.length === 0)).toBe(true);
    expect(renderHtml(publicReport)).not.toContain("Idlib");
  });

  it("names its filters in the title of a search, in the reader's words", () => {
    const search = {
      ...report,
      scope: {
        kind: "search" as const,
        title: "أومسين",
        description: "All claims",
        filters: { status: "PUBLISHED", from: "2025-10-01" },
      },
    };
    expect(scopeTitle(search, reportTranslator("en"))).toBe("Search: أومسين, Published, from 2025-10-01");
    expect(scopeTitle(search, reportTranslator("ar"))).toMatch(/^بحث: أومسين، .+، من 2025-10-01$/);
    const everything = { scope: { ...search.scope, title: " ", filters: { tag: "Harem" } } };
    expect(scopeTitle(everything, reportTranslator("en"))).toBe("All claims, Harem");
  });

  it("gives each CSV row and ClaimReview its own article, and Markdown a heading per article", () => {
    const rows = renderCsv(report).split("\r\n");
    expect(rows[1]).toContain("Syrian forces surround camp of French jihadists");
    expect(rows[2]).toContain("قوّات سورية");
    const reviews = claimReviewsOf(report, (claim) => `https://claims.example/r/${claim.articleId}`);
    const wire = reviews.find((review) => review.claimReviewed === "Government forces surrounded the camp on Tuesday");
    expect(wire).toMatchObject({
      inLanguage: "en",
      url: `https://claims.example/r/${SAMPLE_OTHER_ARTICLE_ID}#claim-claim-wire`,
    });
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("# Case\\: Harem camp operation");
    expect(markdown).toContain("## Syrian forces surround camp of French jihadists");
    expect(markdown).toContain("### 4. ");
  });
});
