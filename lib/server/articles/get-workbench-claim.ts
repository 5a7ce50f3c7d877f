import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { claimSelect, toClaimDto, type ClaimDto } from "@/lib/server/claims/claim-dto";

/** The claim the reader opens in its editor, whole; another team's or article's claim is "not found". */
export async function getWorkbenchClaim(
  member: Member,
  input: { articleId: string; claimId: string },
): Promise<ClaimDto> {
  assertCan(member, "team.read");
  const row = await db.claim.findFirst({
    where: { id: input.claimId, articleId: input.articleId, teamId: member.teamId },
    select: claimSelect,
  });
  if (!row) throw new AppError("NOT_FOUND");
  return toClaimDto(row);
}
