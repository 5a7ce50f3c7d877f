import "server-only";
import { appUrl } from "@/lib/config/env";
import { feedPath } from "./render-team-feed";

export interface FeedLinkDto {
  id: string;
  jsonFeedUrl: string;
  claimReviewUrl: string;
  createdAt: string;
  revokedAt: string | null;
}

export function toFeedLinkDto(link: {
  id: string;
  token: string;
  createdAt: Date;
  revokedAt: Date | null;
}): FeedLinkDto {
  return {
    id: link.id,
    jsonFeedUrl: appUrl(feedPath(link.token, "jsonFeed")),
    claimReviewUrl: appUrl(feedPath(link.token, "claimReview")),
    createdAt: link.createdAt.toISOString(),
    revokedAt: link.revokedAt?.toISOString() ?? null,
  };
}
