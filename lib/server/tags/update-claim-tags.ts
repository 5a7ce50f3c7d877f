import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZUpdateClaimTagsInput, type TUpdateClaimTagsInput, parseTagInput } from "@/lib/schemas/tags";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { planTagChange, tagAuditView } from "./plan-tag-change";
import type { TagChip } from "./tag-dto";
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
    const current = await tx.claimTag.findMany({
      where: { claimId: claim.id },
      select: { tag: { select: { id: true, name: true, color: true } } },
    });
    const change = planTagChange(
      current.map((row) => row.tag),
      input,
      named,
    );
    if (change.remove.length)
      await tx.claimTag.deleteMany({ where: { claimId: claim.id, tagId: { in: change.remove } } });
    if (change.add.length)
      await tx.claimTag.createMany({
        data: change.add.map((tagId) => ({ claimId: claim.id, tagId })),
        skipDuplicates: true,
      });
    if (change.changed)
      await recordAuditEvent(tx, {
        teamId: member.teamId,
        actorId: member.userId,
        action: "claim.tag",
        entityType: "Claim",
        entityId: claim.id,
        ...tagAuditView(change),
      });
    return change.after;
  });
}
