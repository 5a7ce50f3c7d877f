import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export interface ClaimRepeat {
  id: string;
  statement: string;
  status: string;
  verdict: { key: string; name: string; nameAr: string | null; color: string } | null;
  article: { id: string; title: string; language: string; direction: "rtl" | "ltr" };
}

/**
 * The claims linked to this one as "the same claim": where the checked work was reused. When
 * this claim's verdict changes, these are the claims to look at again.
 */
export async function listClaimRepeats(member: Member, input: { claimId: string }): Promise<ClaimRepeat[]> {
  assertCan(member, "team.read");
  return db.claim.findMany({
    where: { teamId: member.teamId, sameAsId: input.claimId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      statement: true,
      status: true,
      verdict: { select: { key: true, name: true, nameAr: true, color: true } },
      article: { select: { id: true, title: true, language: true, direction: true } },
    },
  });
}
