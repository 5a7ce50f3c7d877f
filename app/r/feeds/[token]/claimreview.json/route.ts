import { feedResponse } from "../feed-response";

/** The team's public claims as a list of ClaimReview JSON-LD objects, newest first (render-team-feed.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return feedResponse(request, params, "claimReview");
}
