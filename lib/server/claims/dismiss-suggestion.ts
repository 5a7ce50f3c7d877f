import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

/** Remembers that a suggestion was dismissed, so "Suggest claims" never proposes that span again. */
export async function dismissSuggestion(
  member: Member,
  input: { articleId: string; start: number; end: number },
): Promise<{ dismissed: true }> {
  assertCan(member, "claim.create");
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, teamId: member.teamId },
      select: { id: true, revisions: { orderBy: { number: "desc" }, take: 1, select: { text: true } } },
    });
    const text = article?.revisions[0]?.text;
    if (!article || text === undefined) throw new AppError("NOT_FOUND");
    if (input.end > text.length || input.start >= input.end)
      throw new AppError("BAD_INPUT", "Span outside text", { reason: "spanOutsideText" });
    const exact = text.slice(input.start, input.end);
    const dismissal = await tx.dismissedSuggestion.upsert({
      where: {
        articleId_startOffset_endOffset: { articleId: article.id, startOffset: input.start, endOffset: input.end },
      },
      create: {
        articleId: article.id,
        startOffset: input.start,
        endOffset: input.end,
        exact,
        dismissedById: member.userId,
      },
      update: {},
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "suggestion.dismiss",
      entityType: "Article",
      entityId: article.id,
      after: { dismissalId: dismissal.id, start: input.start, end: input.end, exact },
    });
    return { dismissed: true as const };
  });
}
