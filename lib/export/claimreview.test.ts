import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/domain/reports/report-model";
import { sampleReportInput } from "@/lib/domain/reports/sample-report";
import { claimReviewsOf } from "./claimreview";

const URL = "https://claimdesk.example/r/abc";

/** The JSON-LD as a consumer reads it. */
interface ReviewShape {
  url: string;
  claimReviewed: unknown;
  datePublished: string;
  reviewRating: { "@type": string; alternateName: unknown };
  itemReviewed: { "@type": string; datePublished?: string; author?: unknown; appearance?: unknown };
}

describe("ClaimReview JSON-LD", () => {
  const reviews = claimReviewsOf(buildReport(sampleReportInput()), URL);
  const byClaim = (fragment: string) =>
    reviews.find((review) => String(review.url).endsWith(fragment))! as unknown as ReviewShape;

  it("covers published claims only", () => {
    expect(reviews.map((review) => review.url)).toEqual([
      `${URL}#claim-claim-casualties`,
      `${URL}#claim-claim-promise`,
    ]);
  });

  it("has every required and recommended field, well typed", () => {
    for (const review of reviews as unknown as ReviewShape[]) {
      expect(review).toMatchObject({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        inLanguage: "ar",
        author: { "@type": "Organization", name: "Demo Newsroom" },
      });
      expect(typeof review.claimReviewed).toBe("string");
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.reviewRating["@type"]).toBe("Rating");
      expect(typeof review.reviewRating.alternateName).toBe("string");
      expect(review.itemReviewed["@type"]).toBe("Claim");
      expect(review.itemReviewed.appearance).toEqual({
        "@type": "CreativeWork",
        url: "https://www.annahar.com/arabic/example",
      });
    }
  });

  it("gives a number only with best and worst around it, and none for name-only labels", () => {
    expect(byClaim("claim-casualties").reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Mixed",
      ratingValue: 3,
      bestRating: 5,
      worstRating: 1,
    });
    expect(byClaim("claim-promise").reviewRating).toEqual({ "@type": "Rating", alternateName: "Unproven" });
  });

  it("dates the claim when it was made, not when it was reviewed (the Dega mistake)", () => {
    const promise = byClaim("claim-promise");
    expect(promise.itemReviewed.datePublished).toBe("2025-10-21");
    expect(promise.datePublished).toBe("2025-10-24");
    // Without a claim date, the article's date stands in; still not the review date.
    expect(byClaim("claim-casualties").itemReviewed.datePublished).toBe("2025-10-22");
  });

  it("types the claimant by who they are, not always Organization (the meedan/fetch mistake)", () => {
    expect(byClaim("claim-promise").itemReviewed.author).toEqual({ "@type": "Person", name: "Ahmed al-Sharaa" });
    expect(byClaim("claim-casualties").itemReviewed.author).toEqual({
      "@type": "Organization",
      name: "Syrian Observatory for Human Rights",
    });
  });
});
