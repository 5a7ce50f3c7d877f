import { renderTeamFeed, type FeedFormat } from "@/lib/server/embeds/render-team-feed";

const CONTENT_TYPE: Record<FeedFormat, string> = {
  jsonFeed: "application/feed+json; charset=utf-8",
  claimReview: "application/ld+json; charset=utf-8",
};

/** A team feed, answered with an ETag to revalidate against: a revoked feed or article link must not live on in a cache. */
export async function feedResponse(request: Request, params: Promise<{ token: string }>, format: FeedFormat) {
  const { token } = await params;
  const feed = await renderTeamFeed(token, format);
  if (feed.kind === "gone")
    return new Response("This feed does not exist or has been withdrawn.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  const headers = {
    "content-type": CONTENT_TYPE[format],
    "cache-control": "public, no-cache",
    etag: feed.etag,
    "access-control-allow-origin": "*",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
  };
  if (request.headers.get("if-none-match") === feed.etag) return new Response(null, { status: 304, headers });
  return new Response(feed.body, { headers });
}
