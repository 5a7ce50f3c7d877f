import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

/** The feed answers 404 from the next request on; revoking twice changes nothing and records nothing. */
export async function revokeFeedLink(member: Member, input: { linkId: string }): Promise<{ linkId: string }> {
  assertCan(member, "report.publishLink");
  return db.$transaction(async (tx) => {
    const link = await tx.feedLink.findFirst({ where: { id: input.linkId, teamId: member.teamId } });
    if (!link) throw new AppError("NOT_FOUND");
    if (!link.revokedAt) {
      await tx.feedLink.update({ where: { id: link.id }, data: { revokedAt: new Date() } });
      await recordAuditEvent(tx, {
        teamId: member.teamId,
        actorId: member.userId,
        action: "feedLink.revoke",
        entityType: "FeedLink",
        entityId: link.id,
      });
    }
    return { linkId: link.id };
  });
}
