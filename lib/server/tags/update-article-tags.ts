import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZUpdateArticleTagsInput, type TUpdateArticleTagsInput, parseTagInput } from "@/lib/schemas/tags";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { planTagChange, tagAuditView } from "./plan-tag-change";
import type { TagChip } from "./tag-dto";
import { teamTagsById } from "./team-tags-by-id";

/** Puts tags on an article and takes others off; like updateClaimTags (internal, never public). */
export async function updateArticleTags(member: Member, raw: TUpdateArticleTagsInput): Promise<TagChip[]> {
  assertCan(member, "article.update");
  const input = parseTagInput(ZUpdateArticleTagsInput, raw);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: input.articleId, teamId: member.teamId },
      select: { id: true },
    });
    if (!article) throw new AppError("NOT_FOUND");
    const named = await teamTagsById(tx, member.teamId, [...input.add, ...input.remove]);
    const current = await tx.articleTag.findMany({
      where: { articleId: article.id },
      select: { tag: { select: { id: true, name: true, color: true } } },
    });
    const change = planTagChange(
      current.map((row) => row.tag),
      input,
      named,
    );
    if (change.remove.length)
      await tx.articleTag.deleteMany({ where: { articleId: article.id, tagId: { in: change.remove } } });
    if (change.add.length)
      await tx.articleTag.createMany({
        data: change.add.map((tagId) => ({ articleId: article.id, tagId })),
        skipDuplicates: true,
      });
    if (change.changed)
      await recordAuditEvent(tx, {
        teamId: member.teamId,
        actorId: member.userId,
        action: "article.tag",
        entityType: "Article",
        entityId: article.id,
        ...tagAuditView(change),
      });
    return change.after;
  });
}
