import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { NOTIFICATION_KINDS, type TNotificationKind } from "@/lib/domain/notifications/notice-recipients";
import { AppError } from "@/lib/errors";
import { ZNotificationPreferencesInput, type TNotificationPreferencesInput } from "@/lib/schemas/notifications";
import { recordUserAuditEvent } from "@/lib/server/audit/record-user-audit-event";

/**
 * A person chooses which kinds of notification they are told about, for all their teams (a
 * choice about their own attention, not about one team's work). Muted kinds are not created
 * from then on (create-notifications.ts); what is in the inbox already stays. Audited in each
 * of their teams, like every account change.
 */
export async function updateNotificationPreferences(
  member: Member,
  input: TNotificationPreferencesInput,
): Promise<{ muted: TNotificationKind[] }> {
  assertCan(member, "team.read");
  const parsed = ZNotificationPreferencesInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION");
  // Stored in the table's order, so equal choices compare equal.
  const muted = NOTIFICATION_KINDS.filter((kind) => parsed.data.muted.includes(kind));
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUniqueOrThrow({
      where: { id: member.userId },
      select: { mutedNotificationKinds: true },
    });
    await tx.user.update({ where: { id: member.userId }, data: { mutedNotificationKinds: muted } });
    await recordUserAuditEvent(tx, {
      userId: member.userId,
      actorId: member.userId,
      action: "user.notificationPreferences",
      before: { muted: before.mutedNotificationKinds },
      after: { muted },
    });
    return { muted };
  });
}
