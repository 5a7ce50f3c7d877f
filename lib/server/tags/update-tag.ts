import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { isReadableTagColor } from "@/lib/domain/tags/tag-color";
import { normaliseTagName } from "@/lib/domain/tags/tag-name";
import { AppError } from "@/lib/errors";
import { ZUpdateTagInput, type TUpdateTagInput, parseTagInput } from "@/lib/schemas/tags";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { assertTagNameFree } from "./assert-tag-name-free";
import { tagSelect, toTagDto, type TagDto } from "./tag-dto";

/** Renames and recolours a tag, at the version the admin saw (a lost race is refused with the tag as it is now). */
export async function updateTag(member: Member, raw: TUpdateTagInput): Promise<TagDto> {
  assertCan(member, "tag.manage");
  const input = parseTagInput(ZUpdateTagInput, raw);
  if (!isReadableTagColor(input.color)) throw new AppError("VALIDATION", "Unreadable colour", { field: "color" });
  const nameKey = normaliseTagName(input.name);
  return db.$transaction(async (tx) => {
    const current = await tx.tag.findFirst({ where: { id: input.tagId, teamId: member.teamId }, select: tagSelect });
    if (!current) throw new AppError("NOT_FOUND");
    const before = toTagDto(current);
    if (current.version !== input.version) throw new AppError("STALE_VERSION", "Tag changed", { current: before });
    await assertTagNameFree(tx, member.teamId, nameKey, current.id);
    const updated = await tx.tag.updateMany({
      where: { id: current.id, teamId: member.teamId, version: input.version },
      data: { name: input.name, nameKey, color: input.color, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("STALE_VERSION");
    const after = toTagDto(await tx.tag.findUniqueOrThrow({ where: { id: current.id }, select: tagSelect }));
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "tag.update",
      entityType: "Tag",
      entityId: current.id,
      before: { ...before },
      after: { ...after },
    });
    return after;
  });
}
