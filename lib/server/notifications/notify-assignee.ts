import "server-only";
import type { Tx } from "@/lib/db";

/** "Assigned to me": tells the new assignee, unless they assigned themselves. */
export async function notifyAssignee(
  tx: Tx,
  input: {
    teamId: string;
    claimId: string;
    assigneeId: string | null;
    previousAssigneeId: string | null;
    actorId: string;
  },
): Promise<void> {
  if (!input.assigneeId || input.assigneeId === input.previousAssigneeId || input.assigneeId === input.actorId) return;
  await tx.notification.create({
    data: {
      teamId: input.teamId,
      userId: input.assigneeId,
      kind: "ASSIGNED",
      claimId: input.claimId,
      actorId: input.actorId,
    },
  });
}
