import "server-only";
import type { Tx } from "@/lib/db";
import type { AuditEventInput } from "./record-audit-event";
import { recordAuditEvent } from "./record-audit-event";

/**
 * Audit events belong to a team, but an account change (a password, a sign-out) concerns the
 * person in all their teams: one event per team they belong to, so each team's admins see
 * it in their trail; a user in no team gets one event without a team.
 */
export async function recordUserAuditEvent(
  tx: Tx,
  event: Omit<AuditEventInput, "teamId" | "entityType" | "entityId"> & { userId: string },
): Promise<void> {
  const { userId, ...rest } = event;
  const memberships = await tx.membership.findMany({ where: { userId }, select: { teamId: true } });
  const teamIds = memberships.length > 0 ? memberships.map((m) => m.teamId) : [null];
  for (const teamId of teamIds) {
    await recordAuditEvent(tx, { ...rest, teamId, entityType: "User", entityId: userId });
  }
}
