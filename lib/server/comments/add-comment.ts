import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { findMentions } from "@/lib/domain/comments/mentions";
import { factCheckersOf } from "@/lib/domain/notifications/notice-recipients";
import { AppError } from "@/lib/errors";
import type { TAddCommentInput } from "@/lib/schemas/ratings";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { createNotifications } from "@/lib/server/notifications/create-notifications";
import { listComments, type CommentDto } from "./list-comments";

/**
 * A comment or reply on a claim. @mentioned active members get a "mention"; the claim's
 * fact-checkers (assignee and rater, notice-recipients.ts) not mentioned in it a "comment".
 */
export async function addComment(member: Member, input: TAddCommentInput): Promise<CommentDto> {
  assertCan(member, "comment.create");
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: input.claimId, teamId: member.teamId },
      select: { id: true, assigneeId: true, ratedById: true },
    });
    if (!claim) throw new AppError("NOT_FOUND");
    if (input.parentId) {
      const parent = await tx.comment.findFirst({
        where: { id: input.parentId, claimId: claim.id },
        select: { id: true },
      });
      if (!parent) throw new AppError("NOT_FOUND");
    }
    const members = await tx.membership.findMany({
      where: { teamId: member.teamId, disabledAt: null },
      select: { user: { select: { id: true, name: true, email: true } } },
    });
    const mentioned = findMentions(
      input.body,
      members.map((row) => row.user),
    ).filter((userId) => userId !== member.userId);
    const comment = await tx.comment.create({
      data: {
        teamId: member.teamId,
        claimId: claim.id,
        parentId: input.parentId,
        authorId: member.userId,
        body: input.body,
        mentionedUserIds: mentioned,
      },
      select: { id: true },
    });
    const notice = { teamId: member.teamId, claimId: claim.id, commentId: comment.id, actorId: member.userId };
    await createNotifications(tx, [
      ...mentioned.map((userId) => ({ ...notice, userId, kind: "MENTION" as const })),
      ...factCheckersOf(claim, member.userId)
        .filter((userId) => !mentioned.includes(userId))
        .map((userId) => ({ ...notice, userId, kind: "COMMENTED" as const })),
    ]);
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "comment.create",
      entityType: "Comment",
      entityId: comment.id,
      after: { claimId: claim.id, parentId: input.parentId, body: input.body, mentioned },
    });
    const thread = await listComments(member.teamId, claim.id, tx);
    return thread.flatMap((root) => [root, ...root.replies]).find((entry) => entry.id === comment.id)!;
  });
}
