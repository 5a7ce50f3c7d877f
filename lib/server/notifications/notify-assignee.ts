import "server-only";
import type { Tx } from "@/lib/db";
import { createNotifications } from "./create-notifications";

/** "Assigned to me": tells the new assignee, unless they assigned themselves (or muted it). */
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
  if (!input.assigneeId || input.assigneeId === input.previousAssigneeId) return;
  await createNotifications(tx, [
    {
      teamId: input.teamId,
      userId: input.assigneeId,
      kind: "ASSIGNED",
      claimId: input.claimId,
      actorId: input.actorId,
    },
  ]);
}
