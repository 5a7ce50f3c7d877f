import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  MAX_TAGS_PER_ITEM,
  ZUpdateArticleTagsInput,
  type TUpdateArticleTagsInput,
  parseTagInput,
} from "@/lib/schemas/tags";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { sortTagChips, type TagChip } from "./tag-dto";
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
    const beforeRows = await tx.articleTag.findMany({
      where: { articleId: article.id },
      select: { tag: { select: { id: true, name: true, color: true } } },
    });
    const before = sortTagChips(beforeRows.map((row) => row.tag));
    const remove = new Set(input.remove);
    const add = input.add.filter((id) => !remove.has(id) && !before.some((tag) => tag.id === id));
    const after = sortTagChips([
      ...before.filter((tag) => !remove.has(tag.id)),
      ...[...new Set(add)].map((id) => named.get(id)!),
    ]);
    if (after.length > MAX_TAGS_PER_ITEM) throw new AppError("VALIDATION", "Too many tags", { field: "tags" });
    if (remove.size) await tx.articleTag.deleteMany({ where: { articleId: article.id, tagId: { in: [...remove] } } });
    if (add.length)
      await tx.articleTag.createMany({
        data: add.map((tagId) => ({ articleId: article.id, tagId })),
        skipDuplicates: true,
      });
    if (JSON.stringify(before) !== JSON.stringify(after))
      await recordAuditEvent(tx, {
        teamId: member.teamId,
        actorId: member.userId,
        action: "article.tag",
        entityType: "Article",
        entityId: article.id,
        before: { tags: before.map((tag) => tag.name).join(", ") },
        after: { tags: after.map((tag) => tag.name).join(", ") },
      });
    return after;
  });
}
