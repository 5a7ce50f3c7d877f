/**
 * ClaimReview JSON-LD (schema.org, as Google's fact-check guidelines read it) for each
 * published claim. Two mistakes seen in other tools are ruled out by construction: the
 * claim's date is when it was made (or the article's date), never the review date; and the
 * claimant is a Person or an Organization according to who they are.
 */
import type { ClaimReview, WithContext } from "schema-dts";
import { articleLookup, type Report, type ReportArticle, type ReportClaim } from "@/lib/domain/reports/report-model";

const PUBLIC_STATUSES = new Set(["PUBLISHED", "CORRECTED"]);

export function isPublished(claim: Pick<ReportClaim, "status">): boolean {
  return PUBLIC_STATUSES.has(claim.status);
}

function claimantOf(claim: ReportClaim) {
  if (!claim.claimant) return undefined;
  const { name, nameAr } = claim.claimant;
  // The Arabic name, when the team gave one, is the same author's other name (schema.org alternateName).
  const names = nameAr ? { name, alternateName: nameAr } : { name };
  return claim.claimant.kind === "PERSON"
    ? ({ "@type": "Person", ...names } as const)
    : ({ "@type": "Organization", ...names } as const);
}

/** What a ClaimReview says of the article and the team around a claim. */
export interface ClaimReviewContext {
  article: Pick<ReportArticle, "language" | "publishedAt" | "url">;
  team: Pick<Report["team"], "name">;
  /** The review's date when the claim carries none (a claim published before dates were kept). */
  generatedAt: string;
}

/**
 * `reportUrlOf` is where the public report showing a claim lives (its article's, or its case's);
 * each claim gets an anchor in it.
 */
export function claimReviewsOf(
  report: Report,
  reportUrlOf: (claim: ReportClaim) => string,
): WithContext<ClaimReview>[] {
  const articleOf = articleLookup(report);
  return report.claims
    .filter((claim) => hasClaimReview(claim))
    .map((claim) =>
      claimReviewOf(claim, { ...report, article: articleOf(claim) }, `${reportUrlOf(claim)}#claim-${claim.id}`),
    );
}

/** Only a published (or corrected) claim with a verdict is a review; a retracted one is withdrawn. */
export function hasClaimReview(claim: Pick<ReportClaim, "status" | "rating">): boolean {
  return isPublished(claim) && claim.rating.verdict !== null;
}

/** One claim's ClaimReview, with `url` the page that shows it (its report anchor, or its own public page). */
export function claimReviewOf(claim: ReportClaim, context: ClaimReviewContext, url: string): WithContext<ClaimReview> {
  // The rating as published: a later change to the scale does not reach published claims.
  const mapping = claim.rating.verdict!.claimReview;
  const { article } = context;
  const madeOn = claim.claimedAt ?? article.publishedAt;
  const author = claimantOf(claim);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    url,
    claimReviewed: claim.statement,
    datePublished: (claim.review.publishedAt ?? context.generatedAt).slice(0, 10),
    inLanguage: article.language,
    author: { "@type": "Organization", name: context.team.name },
    reviewRating: {
      "@type": "Rating",
      alternateName: mapping.alternateName,
      ...(mapping.ratingValue !== undefined
        ? { ratingValue: mapping.ratingValue, bestRating: mapping.bestRating, worstRating: mapping.worstRating }
        : {}),
    },
    itemReviewed: {
      "@type": "Claim",
      ...(author ? { author } : {}),
      ...(madeOn ? { datePublished: madeOn.slice(0, 10) } : {}),
      ...(article.url
        ? {
            appearance: { "@type": "CreativeWork", url: article.url },
            firstAppearance: { "@type": "CreativeWork", url: article.url },
          }
        : {}),
    },
  } satisfies WithContext<ClaimReview>;
}
