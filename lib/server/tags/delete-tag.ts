import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZDeleteTagInput, type TDeleteTagInput, parseTagInput } from "@/lib/schemas/tags";
import { actingTokenId } from "@/lib/server/api-tokens/acting-token";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { tagSelect, toTagDto, type TagChip } from "./tag-dto";
import { tagsOfArticles, tagsOfClaims } from "./tags-of";

const names = (tags: TagChip[]) => tags.map((tag) => tag.name).join(", ");

/**
 * Deletes a tag and takes it off every claim and article that had it (the UI asks first). Each
 * claim's and article's history records the removal; the tag's own event counts them.
 */
export async function deleteTag(member: Member, raw: TDeleteTagInput): Promise<{ claims: number; articles: number }> {
  assertCan(member, "tag.manage");
  const input = parseTagInput(ZDeleteTagInput, raw);
  return db.$transaction(async (tx) => {
    const current = await tx.tag.findFirst({ where: { id: input.tagId, teamId: member.teamId }, select: tagSelect });
    if (!current) throw new AppError("NOT_FOUND");
    const tag = toTagDto(current);
    const [claims, articles] = await Promise.all([
      tx.claimTag.findMany({ where: { tagId: tag.id }, select: { claimId: true } }),
      tx.articleTag.findMany({ where: { tagId: tag.id }, select: { articleId: true } }),
    ]);
    // Each claim's and article's tags before and after, read in one query each, as updateClaimTags records them.
    const [claimTags, articleTags] = await Promise.all([
      tagsOfClaims(
        claims.map((row) => row.claimId),
        tx,
      ),
      tagsOfArticles(
        articles.map((row) => row.articleId),
        tx,
      ),
    ]);
    const change = (tags: TagChip[]) => ({
      before: { tags: names(tags) },
      after: { tags: names(tags.filter((other) => other.id !== tag.id)) },
    });
    const common = { teamId: member.teamId, actorId: member.userId, tokenId: actingTokenId() };
    await tx.auditEvent.createMany({
      data: [
        ...[...claimTags].map(([claimId, tags]) => ({
          ...common,
          action: "claim.tag",
          entityType: "Claim",
          entityId: claimId,
          claimId,
          ...change(tags),
        })),
        ...[...articleTags].map(([articleId, tags]) => ({
          ...common,
          action: "article.tag",
          entityType: "Article",
          entityId: articleId,
          ...change(tags),
        })),
      ],
    });
    await tx.tag.delete({ where: { id: tag.id } });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "tag.delete",
      entityType: "Tag",
      entityId: tag.id,
      before: { ...tag, claims: claims.length, articles: articles.length },
    });
    return { claims: claims.length, articles: articles.length };
  });
}
