import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/domain/reports/report-model";
import { sampleReportInput } from "@/lib/domain/reports/sample-report";
import { claimReviewsOf } from "./claimreview";

const URL = "https://claimdesk.example/r/abc";

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null;
const isDate = (value: unknown) => typeof value === "string" && /^\d{4}-\d{2}-\d{2}/.test(value);
const named = (value: unknown, types: string[]) =>
  isObject(value) && types.includes(String(value["@type"])) && typeof value.name === "string" && value.name !== "";

/**
 * What Google's fact-check guidelines (developers.google.com/search/docs/appearance/structured-data/factcheck)
 * require or recommend of a ClaimReview, as a list of the ones missing or wrong.
 */
function factCheckProblems(review: Json, publicBase: string): string[] {
  const rating = isObject(review.reviewRating) ? review.reviewRating : {};
  const item = isObject(review.itemReviewed) ? review.itemReviewed : {};
  const appearance = item.appearance;
  const numeric = rating.ratingValue !== undefined;
  const checks: [string, boolean][] = [
    ["@context", review["@context"] === "https://schema.org"],
    ["@type", review["@type"] === "ClaimReview"],
    ["claimReviewed", typeof review.claimReviewed === "string" && review.claimReviewed !== ""],
    ["url", typeof review.url === "string" && review.url.startsWith(`${publicBase}#claim-`)],
    ["author", named(review.author, ["Organization"])],
    ["datePublished", isDate(review.datePublished)],
    ["inLanguage", typeof review.inLanguage === "string" && review.inLanguage !== ""],
    ["reviewRating.@type", rating["@type"] === "Rating"],
    ["reviewRating.alternateName", typeof rating.alternateName === "string" && rating.alternateName !== ""],
    [
      "reviewRating.ratingValue",
      !numeric ||
        (Number(rating.worstRating) <= Number(rating.ratingValue) &&
          Number(rating.ratingValue) <= Number(rating.bestRating)),
    ],
    ["itemReviewed.@type", item["@type"] === "Claim"],
    ["itemReviewed.author", named(item.author, ["Person", "Organization"])],
    ["itemReviewed.datePublished", isDate(item.datePublished)],
    [
      "itemReviewed.appearance",
      isObject(appearance) && appearance["@type"] === "CreativeWork" && /^https?:\/\//.test(String(appearance.url)),
    ],
  ];
  return checks.filter(([, ok]) => !ok).map(([field]) => field);
}

/** The JSON-LD as a consumer reads it. */
interface ReviewShape {
  url: string;
  claimReviewed: unknown;
  datePublished: string;
  reviewRating: { "@type": string; alternateName: unknown };
  itemReviewed: { "@type": string; datePublished?: string; author?: unknown; appearance?: unknown };
}

describe("ClaimReview JSON-LD", () => {
  const reviews = claimReviewsOf(buildReport(sampleReportInput()), () => URL);
  const byClaim = (fragment: string) =>
    reviews.find((review) => String(review.url).endsWith(fragment))! as unknown as ReviewShape;

  it("covers published claims only", () => {
    expect(reviews.map((review) => review.url)).toEqual([
      `${URL}#claim-claim-casualties`,
      `${URL}#claim-claim-promise`,
    ]);
  });

  it("meets every field Google's fact-check guidelines require or recommend, on the published reference claims", () => {
    expect(reviews).toHaveLength(2);
    for (const review of reviews) expect(factCheckProblems(review as unknown as Json, URL)).toEqual([]);
  });

  it("the guideline check catches what is missing or out of range (so the test above can fail)", () => {
    const review = structuredClone(reviews[0]) as unknown as Json & { reviewRating: Json; itemReviewed: Json };
    review.reviewRating.ratingValue = 9;
    delete review.itemReviewed.author;
    delete review.inLanguage;
    review.url = "https://claimdesk.example/articles/x/report";
    expect(factCheckProblems(review, URL)).toEqual([
      "url",
      "inLanguage",
      "reviewRating.ratingValue",
      "itemReviewed.author",
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
    expect(byClaim("claim-promise").itemReviewed.author).toEqual({
      "@type": "Person",
      name: "Ahmed al-Sharaa",
      alternateName: "أحمد الشرع",
    });
    expect(byClaim("claim-casualties").itemReviewed.author).toEqual({
      "@type": "Organization",
      name: "Syrian Observatory for Human Rights",
      alternateName: "المرصد السوري لحقوق الإنسان",
    });
  });
});
