import "server-only";
import { createHash } from "node:crypto";
import { appUrl } from "@/lib/config/env";
import { db } from "@/lib/db";
import { LINK_TOKEN, publicClaimPath } from "@/lib/domain/embeds/public-claim-url";
import { safeHttpUrl } from "@/lib/domain/reports/safe-url";
import { claimReviewFeedOf, jsonFeedOf, type FeedClaim } from "@/lib/export/claim-feed";
import { EVER_PUBLISHED, publicClaimOf, publicClaimSelect } from "./public-claims";

/** The newest claims a feed lists: aggregators poll, they do not page back through the archive. */
export const FEED_SIZE = 100;

export type FeedFormat = "jsonFeed" | "claimReview";
export type TeamFeed = { kind: "gone" } | { kind: "feed"; body: string; etag: string };

export const feedPath = (token: string, format: FeedFormat) =>
  `/r/feeds/${token}/${format === "jsonFeed" ? "feed.json" : "claimreview.json"}`;

/**
 * The team feed behind a feed link (no session: the token is the secret): the team's published
 * claims that are public already, i.e. whose article has a live report link, newest first
 * publication first, the latest FEED_SIZE of them, each as published (its latest version).
 * Gone once the feed link is revoked. Three statements whatever the team's size: the link, the
 * claims (by the index on team and publication date, stopping at FEED_SIZE), their versions and
 * articles.
 */
export async function renderTeamFeed(token: string, format: FeedFormat): Promise<TeamFeed> {
  if (!LINK_TOKEN.test(token)) return { kind: "gone" };
  const link = await db.feedLink.findUnique({
    where: { token },
    select: { teamId: true, revokedAt: true, team: { select: { name: true } } },
  });
  if (!link || link.revokedAt) return { kind: "gone" };
  const rows = await db.claim.findMany({
    where: {
      teamId: link.teamId,
      ...EVER_PUBLISHED,
      publishedAt: { not: null },
      article: { reportLinks: { some: { revokedAt: null } } },
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: {
      ...publicClaimSelect,
      article: {
        select: {
          title: true,
          language: true,
          url: true,
          publishedAt: true,
          // The article's public address: its oldest live link, as the report and claim pages use.
          reportLinks: {
            where: { revokedAt: null },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            take: 1,
            select: { token: true },
          },
        },
      },
    },
  });
  const items: FeedClaim[] = rows.flatMap((row) => {
    const canonical = row.article.reportLinks[0];
    if (!canonical || row.publications.length === 0) return [];
    const { claim, lastPublishedAt } = publicClaimOf(row);
    return [
      {
        claim,
        lastPublishedAt,
        pageUrl: appUrl(publicClaimPath({ token: canonical.token, claimId: row.id })),
        article: {
          title: row.article.title,
          language: row.article.language,
          url: safeHttpUrl(row.article.url),
          publishedAt: row.article.publishedAt?.toISOString() ?? null,
        },
      },
    ];
  });
  const context = { teamName: link.team.name, feedUrl: appUrl(feedPath(token, format)) };
  const body = JSON.stringify(format === "jsonFeed" ? jsonFeedOf(context, items) : claimReviewFeedOf(context, items));
  return { kind: "feed", body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"` };
}
