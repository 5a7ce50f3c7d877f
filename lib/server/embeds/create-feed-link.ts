import "server-only";
import { randomBytes } from "node:crypto";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { toFeedLinkDto, type FeedLinkDto } from "./feed-link-dto";

/**
 * A link to the team's public feed of public claims (256 random bits). It makes nothing public that
 * was not already: the feed lists only claims whose article has a live report link.
 */
export async function createFeedLink(member: Member): Promise<FeedLinkDto> {
  assertCan(member, "report.publishLink");
  return db.$transaction(async (tx) => {
    const link = await tx.feedLink.create({
      data: { token: randomBytes(32).toString("base64url"), teamId: member.teamId, createdById: member.userId },
    });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "feedLink.create",
      entityType: "FeedLink",
      entityId: link.id,
    });
    return toFeedLinkDto(link);
  });
}
