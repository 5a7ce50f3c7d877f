import { describe, expect, it } from "vitest";
import { buildReport, type ReportClaim } from "@/lib/domain/reports/report-model";
import { sampleReportInput } from "@/lib/domain/reports/sample-report";
import { claimReviewFeedOf, jsonFeedOf, JSON_FEED_VERSION, type FeedClaim } from "./claim-feed";

const report = buildReport(sampleReportInput());
const byId = (id: string) => report.claims.find((claim) => claim.id === id)!;
const item = (claim: ReportClaim, lastPublishedAt = "2025-10-25T08:00:00.000Z"): FeedClaim => ({
  claim,
  article: report.articles[0]!,
  pageUrl: `https://claims.example/r/TOKEN/claims/${claim.id}`,
  lastPublishedAt,
});
const context = { teamName: "Demo Newsroom", feedUrl: "https://claims.example/r/feeds/F/feed.json" };

describe("the team feed", () => {
  const promise = byId("claim-promise");
  const casualties = byId("claim-casualties");
  const retracted: ReportClaim = {
    ...promise,
    id: "claim-retracted",
    status: "RETRACTED",
    retraction: { retractedAt: "2025-10-26T10:00:00.000Z", note: "The account was fabricated." },
  };

  it("is JSON Feed 1.1: items link the public claim pages in the order given, with the verdict as published", () => {
    const feed = jsonFeedOf(context, [item(casualties), item(promise, "2025-10-24T09:00:00.000Z"), item(retracted)]);
    expect(feed).toMatchObject({ version: JSON_FEED_VERSION, feed_url: context.feedUrl, title: expect.any(String) });
    expect(feed.items.map((entry) => entry.id)).toEqual([
      "https://claims.example/r/TOKEN/claims/claim-casualties",
      "https://claims.example/r/TOKEN/claims/claim-promise",
      "https://claims.example/r/TOKEN/claims/claim-retracted",
    ]);
    const [first, second, third] = feed.items;
    expect(first).toMatchObject({
      url: first!.id,
      title: casualties.statement,
      language: "ar",
      date_published: "2025-10-24T09:30:00.000Z",
      date_modified: "2025-10-25T08:00:00.000Z",
      external_url: report.articles[0]!.url,
      tags: ["Mixed"],
      _claimreview: { status: "PUBLISHED", corrections: 1, verdict: { name: "Mixed" }, retractedAt: null },
    });
    expect(second!._claimreview.claimant).toMatchObject({ name: promise.claimant!.name });
    // A retracted claim stays, marked retracted, dated by its retraction.
    expect(third).toMatchObject({
      summary: expect.stringContaining("Retracted"),
      date_modified: "2025-10-26T10:00:00.000Z",
      _claimreview: { status: "RETRACTED", retractedAt: "2025-10-26T10:00:00.000Z" },
    });
    // Internal fields never reach it.
    expect(JSON.stringify(feed)).not.toContain("rationale");
  });

  it("as ClaimReview: one per published claim with a verdict, url the claim's page; a retracted claim has none", () => {
    const reviews = claimReviewFeedOf(context, [item(casualties), item(retracted), item(promise)]);
    expect(reviews.map((review) => review.url)).toEqual([
      "https://claims.example/r/TOKEN/claims/claim-casualties",
      "https://claims.example/r/TOKEN/claims/claim-promise",
    ]);
    expect(reviews[0]).toMatchObject({
      "@type": "ClaimReview",
      claimReviewed: casualties.statement,
      author: { "@type": "Organization", name: "Demo Newsroom" },
      inLanguage: "ar",
    });
  });
});
