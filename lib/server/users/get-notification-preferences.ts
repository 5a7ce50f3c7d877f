import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { TNotificationKind } from "@/lib/domain/notifications/notice-recipients";

/** The kinds of notification the signed-in person muted (for the account page). */
export async function getNotificationPreferences(member: Member): Promise<{ muted: TNotificationKind[] }> {
  assertCan(member, "team.read");
  const user = await db.user.findUniqueOrThrow({
    where: { id: member.userId },
    select: { mutedNotificationKinds: true },
  });
  return { muted: user.mutedNotificationKinds };
}
