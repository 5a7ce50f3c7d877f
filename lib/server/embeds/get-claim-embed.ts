import "server-only";
import { appUrl } from "@/lib/config/env";
import { claimEmbedPath, publicClaimPath } from "@/lib/domain/embeds/public-claim-url";
import { EMBED_HEIGHT, EMBED_WIDTH, oEmbedRich } from "@/lib/export/oembed";
import type { ClaimDetailDto } from "@/lib/server/claims/get-claim";

export type ClaimEmbed =
  | { kind: "notPublished" }
  /** Published, but its article has no live report link: nothing of it is public. */
  | { kind: "notPublic" }
  | { kind: "public"; pageUrl: string; embedUrl: string; snippet: string };

/**
 * For the claim page: a published claim's public address and the embed code to paste, under its
 * article's stable public address (oldest live link), from what getClaim read (no query of its
 * own). The snippet's title is the statement as last published, never a correction in progress.
 */
export function claimEmbedOf(detail: ClaimDetailDto, teamName: string): ClaimEmbed {
  const published = detail.publications.at(-1);
  if (!published) return { kind: "notPublished" };
  if (!detail.publicLinkToken) return { kind: "notPublic" };
  const address = { token: detail.publicLinkToken, claimId: detail.claim.id };
  const embedUrl = appUrl(claimEmbedPath(address));
  const { html } = oEmbedRich({
    embedUrl,
    title: published.statement,
    authorName: teamName,
    providerUrl: appUrl("/"),
    size: { width: EMBED_WIDTH, height: EMBED_HEIGHT },
  });
  return { kind: "public", pageUrl: appUrl(publicClaimPath(address)), embedUrl, snippet: html };
}
