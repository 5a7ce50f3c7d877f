import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { NotificationKind } from "./list-notifications";

/**
 * Marks the member's own notifications read (all of some kinds, or some by id). Read state is
 * personal bookkeeping, not a change to the team's work, so it is not an audit event.
 */
export async function markNotificationsRead(
  member: Member,
  input: { ids?: string[]; kind?: NotificationKind; kinds?: readonly NotificationKind[] },
): Promise<{ count: number }> {
  assertCan(member, "team.read");
  const kinds = input.kinds ?? (input.kind ? [input.kind] : null);
  const result = await db.notification.updateMany({
    where: {
      userId: member.userId,
      teamId: member.teamId,
      readAt: null,
      ...(input.ids ? { id: { in: input.ids } } : {}),
      ...(kinds ? { kind: { in: [...kinds] } } : {}),
    },
    data: { readAt: new Date() },
  });
  return { count: result.count };
}
