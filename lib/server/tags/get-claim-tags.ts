import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { MAX_TAGS_PER_TEAM } from "@/lib/schemas/tags";
import { sortTagChips, tagChipSelect, type TagChip } from "./tag-dto";

/** A claim's tags and the team's tags to pick from (internal: the claim page, never a public view). */
export async function getClaimTags(member: Member, claimId: string): Promise<{ tags: TagChip[]; choices: TagChip[] }> {
  assertCan(member, "team.read");
  const [claim, choices] = await Promise.all([
    db.claim.findFirst({
      where: { id: claimId, teamId: member.teamId },
      select: { tags: { select: { tag: { select: tagChipSelect } } } },
    }),
    db.tag.findMany({ where: { teamId: member.teamId }, select: tagChipSelect, take: MAX_TAGS_PER_TEAM }),
  ]);
  if (!claim) throw new AppError("NOT_FOUND");
  return { tags: sortTagChips(claim.tags.map((row) => row.tag)), choices: sortTagChips(choices) };
}
