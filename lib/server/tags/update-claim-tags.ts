import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  MAX_TAGS_PER_ITEM,
  ZUpdateClaimTagsInput,
  type TUpdateClaimTagsInput,
  parseTagInput,
} from "@/lib/schemas/tags";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { sortTagChips, type TagChip } from "./tag-dto";
import { teamTagsById } from "./team-tags-by-id";

/**
 * Puts tags on a claim and takes others off. Tags are the desk's own organisation, not claim
 * content: they may change at every workflow stage (the freeze from IN_REVIEW on covers the
 * content), they leave the claim's version alone, and they never reach anything public.
 */
export async function updateClaimTags(member: Member, raw: TUpdateClaimTagsInput): Promise<TagChip[]> {
  assertCan(member, "claim.update");
  const input = parseTagInput(ZUpdateClaimTagsInput, raw);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: input.claimId, teamId: member.teamId },
      select: { id: true },
    });
    if (!claim) throw new AppError("NOT_FOUND");
    const named = await teamTagsById(tx, member.teamId, [...input.add, ...input.remove]);
    const beforeRows = await tx.claimTag.findMany({
      where: { claimId: claim.id },
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
    if (remove.size) await tx.claimTag.deleteMany({ where: { claimId: claim.id, tagId: { in: [...remove] } } });
    if (add.length)
      await tx.claimTag.createMany({ data: add.map((tagId) => ({ claimId: claim.id, tagId })), skipDuplicates: true });
    if (JSON.stringify(before) !== JSON.stringify(after))
      await recordAuditEvent(tx, {
        teamId: member.teamId,
        actorId: member.userId,
        action: "claim.tag",
        entityType: "Claim",
        entityId: claim.id,
        before: { tags: before.map((tag) => tag.name).join(", ") },
        after: { tags: after.map((tag) => tag.name).join(", ") },
      });
    return after;
  });
}
