import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TRevokeApiTokenInput } from "@/lib/schemas/api-tokens";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";

/** Revokes a token of the acting admin's team: its next call answers 401. Revoking twice is a no-op. */
export async function revokeApiToken(member: Member, input: TRevokeApiTokenInput): Promise<{ tokenId: string }> {
  assertCan(member, "apiToken.manage");
  return db.$transaction(async (tx) => {
    // Scoped by the actor's team: another team's token is simply not found.
    const token = await tx.apiToken.findFirst({
      where: { id: input.tokenId, teamId: member.teamId },
      select: { id: true, name: true, prefix: true, role: true },
    });
    if (!token) throw new AppError("NOT_FOUND");
    const revoked = await tx.apiToken.updateMany({
      where: { id: token.id, revokedAt: null },
      data: { revokedAt: new Date(), revokedById: member.userId },
    });
    if (revoked.count === 1) {
      await recordAuditEvent(tx, {
        teamId: member.teamId,
        actorId: member.userId,
        action: "apiToken.revoke",
        entityType: "ApiToken",
        entityId: token.id,
        after: { name: token.name, prefix: token.prefix, role: token.role },
      });
    }
    return { tokenId: token.id };
  });
}
