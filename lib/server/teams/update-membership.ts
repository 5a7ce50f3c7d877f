import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan, type Role } from "@/lib/auth/permissions";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { recordUserAuditEvent } from "@/lib/server/audit/record-user-audit-event";
import { actingSessionOf, revokeUserSessions } from "@/lib/server/sessions/revoke-user-sessions";
import { teamMemberSelect, toTeamMemberDto, type TeamMemberDto } from "./member-dto";

type MembershipChange = { role: Role } | { disabled: boolean };

/**
 * Changes one membership of the acting member's team, refusing stale versions and
 * refusing to leave the team without an active admin. Takes effect on the affected
 * user's next request, because every request reloads the member; a role change or disabling
 * also ends that user's sessions (except the acting one, when admins change themselves).
 */
export async function updateMembership(
  member: Member,
  input: { membershipId: string; version: number } & MembershipChange,
): Promise<TeamMemberDto> {
  assertCan(member, "member.manage");
  return db.$transaction(async (tx) => {
    const current = await tx.membership.findFirst({
      // Scoped by the actor's team: another team's membership id is simply not found.
      where: { id: input.membershipId, teamId: member.teamId },
      select: teamMemberSelect,
    });
    if (!current) throw new AppError("NOT_FOUND");
    if (current.version !== input.version) throw new AppError("STALE_VERSION");

    const data =
      "role" in input
        ? { role: input.role }
        : { disabledAt: input.disabled ? (current.disabledAt ?? new Date()) : null };
    const stillAdmin = "role" in input ? input.role === "ADMIN" : !input.disabled;
    if (current.role === "ADMIN" && current.disabledAt === null && !stillAdmin) {
      await assertAnotherActiveAdmin(tx, member.teamId, current.id);
    }

    const updated = await tx.membership.updateMany({
      where: { id: current.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("STALE_VERSION");

    const after = await tx.membership.findUniqueOrThrow({ where: { id: current.id }, select: teamMemberSelect });
    const roleChangedOrDisabled =
      after.role !== current.role || (after.disabledAt !== null && current.disabledAt === null);
    if (roleChangedOrDisabled) await revokeUserSessions(tx, after.user.id, actingSessionOf(member, after.user.id));
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "role" in input ? "member.setRole" : input.disabled ? "member.disable" : "member.enable",
      entityType: "Membership",
      entityId: current.id,
      before: { role: current.role, disabled: current.disabledAt !== null },
      after: { role: after.role, disabled: after.disabledAt !== null },
    });
    // The account's other teams (if any) hear of it too: their member's standing changed here.
    await recordUserAuditEvent(tx, {
      userId: after.user.id,
      actorId: member.userId,
      action: "user.membershipChange",
      exceptTeamId: member.teamId,
      before: { teamId: member.teamId, role: current.role, disabled: current.disabledAt !== null },
      after: {
        teamId: member.teamId,
        teamName: member.teamName,
        role: after.role,
        disabled: after.disabledAt !== null,
      },
    });
    return toTeamMemberDto(after);
  });
}

async function assertAnotherActiveAdmin(tx: Tx, teamId: string, exceptMembershipId: string): Promise<void> {
  const others = await tx.membership.count({
    where: { teamId, role: "ADMIN", disabledAt: null, id: { not: exceptMembershipId } },
  });
  if (others === 0) throw new AppError("CONFLICT", "Last admin", { reason: "lastAdmin" });
}
