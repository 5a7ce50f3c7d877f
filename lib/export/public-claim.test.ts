import { describe, expect, it } from "vitest";
import { buildReport, type ReportClaim } from "@/lib/domain/reports/report-model";
import { sampleReportInput } from "@/lib/domain/reports/sample-report";
import { renderClaimEmbed, renderPublicClaimPage, type PublicClaimView } from "./public-claim";

const report = buildReport(sampleReportInput());
const claim = report.claims.find((entry) => entry.id === "claim-casualties")!;
const view = (overrides: Partial<ReportClaim> = {}): PublicClaimView => ({
  claim: { ...claim, ...overrides },
  article: report.articles[0]!,
  team: { name: "Demo <Newsroom>" },
  urls: {
    canonical: "https://claims.example/r/TOKEN/claims/claim-casualties",
    report: "/r/OTHER",
    oEmbed: "https://claims.example/api/oembed?url=x&format=json",
  },
});

describe("the public claim page", () => {
  it("carries oEmbed discovery, the canonical address, the claim unnumbered and the way back to the report", () => {
    const html = renderPublicClaimPage(view(), { fontCss: "", locale: "en", jsonLd: [{ "@type": "ClaimReview" }] });
    expect(html).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://claims.example/api/oembed?url=x&amp;format=json"',
    );
    expect(html).toContain('<link rel="canonical" href="https://claims.example/r/TOKEN/claims/claim-casualties">');
    expect(html).toContain('<script type="application/ld+json">[{"@type":"ClaimReview"}]</script>');
    expect(html).toContain('<a href="/r/OTHER">');
    expect(html).toMatch(/<h2><span lang="ar" dir="rtl">/);
    expect(html).toContain("Demo &lt;Newsroom&gt;");
    // Earlier versions are listed as in the report.
    expect(html).toContain("An earlier version named the wrong outlet.");
  });
});

describe("the embed card", () => {
  it("in Arabic: right to left, verdict as published in Arabic, the statement in its own direction, link in a new tab", () => {
    const html = renderClaimEmbed(view(), { fontCss: "", locale: "ar" });
    expect(html).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(html).toContain(`<blockquote lang="ar" dir="rtl">${claim.statement}</blockquote>`);
    expect(html).toContain(`>${claim.rating.verdict!.nameAr}</span>`);
    expect(html).toContain(
      '<a href="https://claims.example/r/TOKEN/claims/claim-casualties" target="_blank" rel="noopener">',
    );
    expect(html).not.toContain("<script");
    expect(html).toContain("صُحّح");
  });

  it("in English, a retracted claim is marked retracted", () => {
    const html = renderClaimEmbed(
      view({ status: "RETRACTED", retraction: { retractedAt: "2025-10-26T10:00:00.000Z", note: "Fabricated." } }),
      { fontCss: "", locale: "en" },
    );
    expect(html).toMatch(/<html lang="en" dir="ltr">/);
    expect(html).toContain('class="withdrawn"');
    expect(html).toMatch(/data-retracted>Retracted <bdi dir="ltr">2025-10-26<\/bdi>/);
  });
});
