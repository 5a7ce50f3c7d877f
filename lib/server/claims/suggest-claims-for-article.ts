import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { ClaimSuggestion } from "@/lib/domain/claims/claim-suggestions";
import { AppError } from "@/lib/errors";
import { suggestClaimsOffThread } from "@/lib/server/text-work/run-text-task";

/**
 * Suggestions for the article's current revision, knowing the team's entities and leaving
 * out what was dismissed or is already a claim with the same span. Whether the team already
 * checked one elsewhere is asked afterwards, batch by batch (findCheckedMatchesForArticle):
 * one lookup per sentence would hold this request for seconds on a long article.
 */
export async function suggestClaimsForArticle(
  member: Member,
  articleId: string,
): Promise<{ revisionId: string; suggestions: ClaimSuggestion[] }> {
  assertCan(member, "team.read");
  const article = await db.article.findFirst({
    where: { id: articleId, teamId: member.teamId },
    select: {
      revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, text: true } },
      dismissals: { select: { startOffset: true, endOffset: true } },
      claims: { select: { startOffset: true, endOffset: true } },
    },
  });
  const revision = article?.revisions[0];
  if (!article || !revision) throw new AppError("NOT_FOUND");

  const entities = await db.entity.findMany({
    where: { teamId: member.teamId },
    select: { id: true, name: true, arabicName: true, kind: true, aliases: { select: { alias: true } } },
  });
  const taken = [...article.dismissals, ...article.claims].map((span) => ({
    start: span.startOffset,
    end: span.endOffset,
  }));
  const suggestions = await suggestClaimsOffThread(revision.text, {
    entities: entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      aliases: [...(entity.arabicName ? [entity.arabicName] : []), ...entity.aliases.map((a) => a.alias)],
      kind: entity.kind,
    })),
    dismissed: taken,
  });
  return { revisionId: revision.id, suggestions };
}
