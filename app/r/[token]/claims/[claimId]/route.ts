import { publicClaimResponse } from "./public-claim-response";

/**
 * A published claim's public page under its article's public link: the last published version
 * (retracted ones marked so, earlier versions listed), oEmbed discovery and its ClaimReview.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string; claimId: string }> }) {
  return publicClaimResponse(request, params, "page");
}
