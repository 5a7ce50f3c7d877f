import "server-only";
import type { Tx } from "@/lib/db";
import type { AuditEventInput } from "./record-audit-event";
import { recordAuditEvent } from "./record-audit-event";

/**
 * Audit events belong to a team, but an account change (a password, a sign-out) concerns the
 * person in all their teams: one event per team they belong to, so each team's admins see
 * it in their trail; a user in no team gets one event without a team.
 *
 * `exceptTeamId` is for a change one team has recorded already in its own words (joining it, a
 * role change there): the user's other teams hear of it, and when there are none nothing more
 * is written.
 */
export async function recordUserAuditEvent(
  tx: Tx,
  event: Omit<AuditEventInput, "teamId" | "entityType" | "entityId"> & { userId: string; exceptTeamId?: string },
): Promise<void> {
  const { userId, exceptTeamId, ...rest } = event;
  const memberships = await tx.membership.findMany({
    where: { userId, ...(exceptTeamId ? { teamId: { not: exceptTeamId } } : {}) },
    select: { teamId: true },
  });
  const teamIds = memberships.length > 0 ? memberships.map((m) => m.teamId) : exceptTeamId ? [] : [null];
  for (const teamId of teamIds) {
    await recordAuditEvent(tx, { ...rest, teamId, entityType: "User", entityId: userId });
  }
}
