import { feedResponse } from "../feed-response";

/** The team's public claims as JSON Feed 1.1, newest first (render-team-feed.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return feedResponse(request, params, "jsonFeed");
}
