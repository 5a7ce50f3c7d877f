/**
 * A team's public feed of published claims for fact-check aggregators, in two forms: JSON Feed 1.1
 * (https://www.jsonfeed.org/version/1.1/) and a list of ClaimReview objects (the same ClaimReview as
 * every report, claimreview.ts). Pure: the server picks the claims (public ones only, newest first).
 */
import type { ClaimReview, WithContext } from "schema-dts";
import type { ReportArticle, ReportClaim } from "@/lib/domain/reports/report-model";
import { writtenIn } from "@/lib/domain/text/written-in";
import { claimReviewOf, hasClaimReview } from "./claimreview";

export interface FeedClaim {
  /** As the public report shows it: the latest published version. */
  claim: ReportClaim;
  article: Pick<ReportArticle, "title" | "language" | "url" | "publishedAt">;
  /** The claim's public page, absolute. */
  pageUrl: string;
  /** When its latest version was published (ISO). */
  lastPublishedAt: string;
}

export interface FeedContext {
  teamName: string;
  /** This feed's own address (JSON Feed's feed_url). */
  feedUrl: string;
}

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

/**
 * JSON Feed 1.1. Each item is a claim's public page; its verdict as published, status and claimant
 * are also in the `_claimreview` extension (JSON Feed's way to carry more than it defines). A
 * retracted claim stays in the feed, marked so, as it stays in the public report.
 */
export function jsonFeedOf(context: FeedContext, items: readonly FeedClaim[]) {
  return {
    version: JSON_FEED_VERSION,
    title: `${context.teamName} — fact checks`,
    description: `Published fact checks by ${context.teamName}, newest first.`,
    feed_url: context.feedUrl,
    authors: [{ name: context.teamName }],
    items: items.map(({ claim, article, pageUrl, lastPublishedAt }) => {
      const verdict = claim.rating.verdict;
      const retracted = claim.retraction !== null;
      const summary = [verdict?.name, retracted ? "Retracted" : null].filter(Boolean).join(" — ");
      return {
        id: pageUrl,
        url: pageUrl,
        title: claim.statement,
        content_text: summary ? `${summary}: ${claim.statement}` : claim.statement,
        ...(summary ? { summary } : {}),
        date_published: claim.review.publishedAt ?? lastPublishedAt,
        date_modified: latest(lastPublishedAt, claim.retraction?.retractedAt ?? null),
        language: writtenIn(claim.statement, article.language).lang,
        ...(article.url ? { external_url: article.url } : {}),
        ...(verdict ? { tags: [verdict.name] } : {}),
        _claimreview: {
          about: "https://schema.org/ClaimReview",
          status: claim.status,
          verdict: verdict && {
            name: verdict.name,
            nameAr: verdict.nameAr,
            alternateName: verdict.claimReview.alternateName,
            ...(verdict.claimReview.ratingValue !== undefined
              ? {
                  ratingValue: verdict.claimReview.ratingValue,
                  bestRating: verdict.claimReview.bestRating,
                  worstRating: verdict.claimReview.worstRating,
                }
              : {}),
          },
          claimant: claim.claimant && { name: claim.claimant.name, nameAr: claim.claimant.nameAr },
          claimedAt: claim.claimedAt,
          article: { title: article.title, url: article.url },
          corrections: claim.corrections.length,
          retractedAt: claim.retraction?.retractedAt ?? null,
        },
      };
    }),
  };
}

/** The feed's ClaimReviews, one per published claim with a verdict; a retracted claim has none (it is withdrawn). */
export function claimReviewFeedOf(context: FeedContext, items: readonly FeedClaim[]): WithContext<ClaimReview>[] {
  return items
    .filter(({ claim }) => hasClaimReview(claim))
    .map(({ claim, article, pageUrl, lastPublishedAt }) =>
      claimReviewOf(claim, { article, team: { name: context.teamName }, generatedAt: lastPublishedAt }, pageUrl),
    );
}

const latest = (a: string, b: string | null) => (b !== null && b > a ? b : a);
