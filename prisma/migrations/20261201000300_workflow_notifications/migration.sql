-- Issue 16, point 3: the people whose work moves are told (lib/domain/notifications/notice-recipients.ts).
ALTER TYPE "NotificationKind" ADD VALUE 'SUBMITTED';
ALTER TYPE "NotificationKind" ADD VALUE 'CHANGES_REQUESTED';
ALTER TYPE "NotificationKind" ADD VALUE 'APPROVED';
ALTER TYPE "NotificationKind" ADD VALUE 'PUBLISHED';
ALTER TYPE "NotificationKind" ADD VALUE 'CORRECTED';
ALTER TYPE "NotificationKind" ADD VALUE 'COMMENTED';

-- The note the actor wrote with the change; the workflow's note is at most 2,000 characters too.
ALTER TABLE "Notification" ADD COLUMN "note" VARCHAR(2000);

-- Each person's choice of what not to be told about (muted kinds are never created for them).
ALTER TABLE "User" ADD COLUMN "mutedNotificationKinds" "NotificationKind"[] DEFAULT ARRAY[]::"NotificationKind"[];

-- The inbox's "review" list spans several kinds: newest first per person and team.
CREATE INDEX "Notification_userId_teamId_createdAt_id_idx" ON "Notification"("userId", "teamId", "createdAt", "id");

-- "Assigned to me": a member's claims, latest status change first, one page at a time.
CREATE INDEX "Claim_teamId_assigneeId_statusChangedAt_id_idx" ON "Claim"("teamId", "assigneeId", "statusChangedAt", "id");
