import "server-only";
import { PERMISSIONS, ROLES } from "@/lib/auth/permissions";
import type { Tx } from "@/lib/db";
import { createNotifications } from "./create-notifications";

/**
 * Work submitted for review, or taken back from it: tells everyone in the team who reviews
 * claims (may approve), except whoever moved it, with the note they wrote.
 */
export async function notifyReviewers(
  tx: Tx,
  input: { teamId: string; claimId: string; actorId: string; kind: "SUBMITTED" | "WITHDRAWN"; note: string | null },
): Promise<void> {
  const reviewerRoles = ROLES.filter((role) => PERMISSIONS[role].has("claim.approve"));
  const reviewers = await tx.membership.findMany({
    where: { teamId: input.teamId, role: { in: reviewerRoles }, disabledAt: null, userId: { not: input.actorId } },
    select: { userId: true },
  });
  await createNotifications(
    tx,
    reviewers.map(({ userId }) => ({
      teamId: input.teamId,
      userId,
      kind: input.kind,
      claimId: input.claimId,
      actorId: input.actorId,
      note: input.note,
    })),
  );
}
