import "server-only";
import { PERMISSIONS, ROLES } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";

/**
 * A claim was taken back from review: tells everyone in the team who reviews claims (may
 * approve), except whoever withdrew it, so nobody goes on reviewing work that is changing.
 */
export async function notifyEditorsOfWithdrawal(
  tx: Tx,
  input: { teamId: string; claimId: string; actorId: string },
): Promise<void> {
  const reviewerRoles = ROLES.filter((role) => PERMISSIONS[role].has("claim.approve"));
  const reviewers = await tx.membership.findMany({
    where: { teamId: input.teamId, role: { in: reviewerRoles }, disabledAt: null, userId: { not: input.actorId } },
    select: { userId: true },
  });
  if (reviewers.length === 0) return;
  await tx.notification.createMany({
    data: reviewers.map(({ userId }) => ({
      teamId: input.teamId,
      userId,
      kind: "WITHDRAWN" as const,
      claimId: input.claimId,
      actorId: input.actorId,
    })),
  });
}
