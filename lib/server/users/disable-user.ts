import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { revokeUserSessions } from "@/lib/server/sessions/revoke-user-sessions";

export interface DisabledUser {
  /** Teams where a membership was disabled now. */
  teams: string[];
  /** Teams that have no active admin any more: the operator needs to know. */
  teamsWithoutAdmin: string[];
}

/**
 * Operator use case (`npm run admin -- disable-user`): "disabled" is per membership
 * (Membership.disabledAt), so every active membership of the account is disabled, and
 * every session of the account ends at once. Unlike a team admin, the operator
 * may disable a team's last admin (a compromised account must be stoppable); the teams left
 * without one are reported.
 */
export async function disableUserAsOperator(input: { email: string }): Promise<DisabledUser> {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({
      where: { email: input.email },
      select: {
        id: true,
        memberships: {
          where: { disabledAt: null },
          select: { id: true, teamId: true, role: true, team: { select: { name: true } } },
        },
      },
    });
    if (!user) throw new AppError("NOT_FOUND", `No account has the email ${input.email}`, { reason: "unknownEmail" });

    for (const membership of user.memberships) {
      await tx.membership.update({
        where: { id: membership.id },
        data: { disabledAt: new Date(), version: { increment: 1 } },
      });
      await recordAuditEvent(tx, {
        teamId: membership.teamId,
        actorId: null,
        action: "member.disable",
        entityType: "Membership",
        entityId: membership.id,
        before: { role: membership.role, disabled: false },
        after: { role: membership.role, disabled: true, by: "operator" },
      });
    }
    await revokeUserSessions(tx, user.id);

    const adminTeams = user.memberships.filter((m) => m.role === "ADMIN");
    const teamsWithoutAdmin = [];
    for (const membership of adminTeams) {
      if (!(await hasActiveAdmin(tx, membership.teamId))) teamsWithoutAdmin.push(membership.team.name);
    }
    return { teams: user.memberships.map((m) => m.team.name), teamsWithoutAdmin };
  });
}

async function hasActiveAdmin(tx: Tx, teamId: string): Promise<boolean> {
  return (await tx.membership.count({ where: { teamId, role: "ADMIN", disabledAt: null } })) > 0;
}
