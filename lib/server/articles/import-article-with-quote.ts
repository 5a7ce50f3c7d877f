import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { locateSelectedQuote } from "@/lib/domain/claims/locate-quote-loosely";
import { isAppError } from "@/lib/errors";
import type { TImportArticleWithQuoteInput } from "@/lib/schemas/send-to-claimdesk";
import { createClaim } from "@/lib/server/claims/create-claim";
import type { fetchArticleFromUrl } from "@/lib/server/net/fetch-article";
import { getArticle } from "./get-article";
import { importArticle } from "./import-article";

/** How the quote fared: a claim, or why there is none (the article is kept either way). */
export type QuoteOutcome = "created" | "quoteNotFound" | "quoteAmbiguous" | "claimFailed";

/**
 * "Send to ClaimDesk": imports an article (importArticle, with its duplicate check) — or takes
 * the team's existing copy the fact-checker chose — and makes the passage they had selected its
 * first claim (createClaim). The import is committed before the claim is tried, so a passage
 * that cannot be found in the extracted text, or a refused claim, never loses the article.
 */
export async function importArticleWithQuote(
  member: Member,
  { quote, intoArticleId, ...article }: TImportArticleWithQuoteInput,
  fetchArticle?: typeof fetchArticleFromUrl,
): Promise<{ articleId: string; claimId: string | null; quote: QuoteOutcome }> {
  // Both up front: a role that could import but not claim would otherwise get half of what it asked for.
  assertCan(member, "article.create");
  assertCan(member, "claim.create");
  const articleId = intoArticleId ?? (await importArticle(member, article, fetchArticle)).articleId;
  // Another team's id is NOT_FOUND here, before anything is written.
  const { revision } = await getArticle(member, articleId);
  const location = locateSelectedQuote(revision.text, quote);
  if (!location.found) return { articleId, claimId: null, quote: location.reason };
  try {
    const claim = await createClaim(member, {
      articleId,
      revisionId: revision.id,
      start: location.start,
      end: location.end,
      details: { type: "OTHER" },
    });
    return { articleId, claimId: claim.id, quote: "created" };
  } catch (error) {
    // Expected refusals (a revision added meanwhile, say) leave the import standing; the reader lets them claim by hand.
    if (isAppError(error)) return { articleId, claimId: null, quote: "claimFailed" };
    throw error;
  }
}
