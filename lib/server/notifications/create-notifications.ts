import "server-only";
import type { Tx } from "@/lib/db";
import type { TNotificationKind } from "@/lib/domain/notifications/notice-recipients";

export interface NotificationDraft {
  teamId: string;
  userId: string;
  kind: TNotificationKind;
  claimId: string;
  actorId: string;
  commentId?: string | null;
  note?: string | null;
}

/**
 * Writes notifications inside the caller's transaction, in at most two statements whatever their
 * number (a bulk action's hundreds included). Only active members of the notice's team are told;
 * the actor's own notices, duplicates and every kind its recipient muted
 * (lib/server/users/update-notification-preferences.ts) are dropped. Muted kinds are never
 * created, so unmuting later does not bring back what happened meanwhile.
 */
export async function createNotifications(tx: Tx, drafts: readonly NotificationDraft[]): Promise<number> {
  const seen = new Set<string>();
  const wanted = drafts.filter((draft) => {
    const key = `${draft.userId} ${draft.kind} ${draft.claimId} ${draft.commentId ?? ""}`;
    if (draft.userId === draft.actorId || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (wanted.length === 0) return 0;
  const recipients = await tx.membership.findMany({
    where: {
      teamId: { in: [...new Set(wanted.map((draft) => draft.teamId))] },
      userId: { in: [...new Set(wanted.map((draft) => draft.userId))] },
      disabledAt: null,
    },
    select: { teamId: true, userId: true, user: { select: { mutedNotificationKinds: true } } },
  });
  const muted = new Map(
    recipients.map((row) => [`${row.teamId} ${row.userId}`, new Set<string>(row.user.mutedNotificationKinds)]),
  );
  const rows = wanted.filter((draft) => {
    const mutedKinds = muted.get(`${draft.teamId} ${draft.userId}`);
    return mutedKinds !== undefined && !mutedKinds.has(draft.kind);
  });
  if (rows.length === 0) return 0;
  await tx.notification.createMany({
    data: rows.map((draft) => ({
      teamId: draft.teamId,
      userId: draft.userId,
      kind: draft.kind,
      claimId: draft.claimId,
      actorId: draft.actorId,
      commentId: draft.commentId ?? null,
      note: draft.note?.slice(0, 2000) || null,
    })),
  });
  return rows.length;
}
