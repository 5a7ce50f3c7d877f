import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isReadableTagColor } from "@/lib/domain/tags/tag-color";
import { normaliseTagName } from "@/lib/domain/tags/tag-name";
import { AppError } from "@/lib/errors";
import { MAX_TAGS_PER_TEAM, ZCreateTagInput, type TCreateTagInput, parseTagInput } from "@/lib/schemas/tags";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { assertTagNameFree } from "./assert-tag-name-free";
import { tagSelect, toTagDto, type TagDto } from "./tag-dto";

export async function createTag(member: Member, raw: TCreateTagInput): Promise<TagDto> {
  assertCan(member, "tag.manage");
  const input = parseTagInput(ZCreateTagInput, raw);
  if (!isReadableTagColor(input.color)) throw new AppError("VALIDATION", "Unreadable colour", { field: "color" });
  const nameKey = normaliseTagName(input.name);
  return db.$transaction(async (tx) => {
    await assertTagNameFree(tx, member.teamId, nameKey);
    if ((await tx.tag.count({ where: { teamId: member.teamId } })) >= MAX_TAGS_PER_TEAM)
      throw new AppError("CONFLICT", "Too many tags", { reason: "tooManyTags" });
    const tag = toTagDto(
      await tx.tag.create({
        data: { teamId: member.teamId, name: input.name, nameKey, color: input.color },
        select: tagSelect,
      }),
    );
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "tag.create",
      entityType: "Tag",
      entityId: tag.id,
      after: { ...tag },
    });
    return tag;
  });
}
