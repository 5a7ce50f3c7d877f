import { publicClaimResponse } from "../public-claim-response";

/** The claim's embed card, for other sites' iframes (the oEmbed answer's html points here). */
export async function GET(request: Request, { params }: { params: Promise<{ token: string; claimId: string }> }) {
  return publicClaimResponse(request, params, "embed");
}
