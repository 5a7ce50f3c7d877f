import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  CHECKED_MATCH_BATCH,
  MAX_CHECKED_QUOTE_CHARS,
  type TFindCheckedMatchesInput,
} from "@/lib/schemas/checked-matches";
import { findCheckedMatches, type CheckedMatch } from "./find-checked-matches";

/**
 * "Already checked elsewhere" for one batch of an article's suggested sentences, in order: the
 * suggestions panel asks batch by batch, so no request holds the database for a whole long
 * article. The batch is bounded here too, whoever calls; the team is the member's.
 */
export async function findCheckedMatchesForArticle(
  member: Member,
  input: TFindCheckedMatchesInput,
): Promise<(CheckedMatch | null)[]> {
  assertCan(member, "team.read");
  const tooMany = input.quotes.length > CHECKED_MATCH_BATCH;
  if (tooMany || input.quotes.some((quote) => quote.length > MAX_CHECKED_QUOTE_CHARS)) {
    throw new AppError("VALIDATION", tooMany ? "too many quotes in one batch" : "quote too long");
  }
  const article = await db.article.findFirst({
    where: { id: input.articleId, teamId: member.teamId },
    select: { id: true, publishedAt: true, createdAt: true },
  });
  if (!article) throw new AppError("NOT_FOUND");
  // A guessed claimant must be the team's: another team's id would only look up nothing, but says nothing either.
  return findCheckedMatches(
    member.teamId,
    { id: article.id, date: article.publishedAt ?? article.createdAt },
    input.quotes,
    input.hints,
  );
}
