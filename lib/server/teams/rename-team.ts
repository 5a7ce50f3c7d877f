import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { TRenameTeamInput } from "@/lib/schemas/teams";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { assertTeamNameFree } from "./assert-team-name-free";

/**
 * Renames the acting member's own team (the team comes from the member, never from input).
 * The name signs the team's reports, so it stays unique across teams, ignoring case.
 */
export async function renameTeam(member: Member, input: TRenameTeamInput): Promise<{ name: string }> {
  assertCan(member, "team.rename");
  return db.$transaction(async (tx) => {
    const team = await tx.team.findUniqueOrThrow({ where: { id: member.teamId }, select: { name: true } });
    if (team.name === input.name) return { name: team.name };
    await assertTeamNameFree(tx, input.name, member.teamId);
    await tx.team.update({ where: { id: member.teamId }, data: { name: input.name } });
    await recordAuditEvent(tx, {
      teamId: member.teamId,
      actorId: member.userId,
      action: "team.rename",
      entityType: "Team",
      entityId: member.teamId,
      before: { name: team.name },
      after: { name: input.name },
    });
    return { name: input.name };
  });
}
