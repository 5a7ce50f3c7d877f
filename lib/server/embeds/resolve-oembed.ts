import "server-only";
import { appUrl } from "@/lib/config/env";
import { db } from "@/lib/db";
import { claimEmbedPath, parsePublicClaimUrl } from "@/lib/domain/embeds/public-claim-url";
import { embedFrameSize, oEmbedRich, type OEmbedRich } from "@/lib/export/oembed";
import { EVER_PUBLISHED, publicClaimOf, publicClaimSelect } from "./public-claims";
import { publicClaimState } from "./public-claim-state";

/**
 * The oEmbed answer for a public claim page of this server, or null (the endpoint's 404): a URL
 * of another origin or path, a revoked link, a claim that is not published in that article. The
 * URL is only parsed, never fetched. The title is the claim's statement as published.
 */
export async function resolveOEmbed(input: {
  url: string;
  maxwidth?: number;
  maxheight?: number;
}): Promise<(OEmbedRich & { cache_age: number }) | null> {
  const address = parsePublicClaimUrl(input.url, appUrl());
  if (!address) return null;
  const state = await publicClaimState(address);
  if (state.kind !== "live") return null;
  const row = await db.claim.findFirst({
    where: { id: address.claimId, teamId: state.teamId, articleId: state.articleId, ...EVER_PUBLISHED },
    select: { ...publicClaimSelect, team: { select: { name: true } } },
  });
  if (!row || row.publications.length === 0) return null;
  const { claim } = publicClaimOf(row);
  // The card under the address the consumer was given: it lives exactly as long as that link.
  return oEmbedRich({
    embedUrl: appUrl(claimEmbedPath(address)),
    title: claim.statement,
    authorName: row.team.name,
    providerUrl: appUrl("/"),
    size: embedFrameSize(input),
  });
}
