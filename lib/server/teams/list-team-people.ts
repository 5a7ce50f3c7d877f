import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { PersonRef } from "@/lib/server/claims/claim-dto";

/** Active members of the team by name, for assignee pickers and @mentions (any member may read). */
export async function listTeamPeople(member: Member): Promise<PersonRef[]> {
  assertCan(member, "team.read");
  const rows = await db.membership.findMany({
    where: { teamId: member.teamId, disabledAt: null },
    select: { user: { select: { id: true, name: true } } },
    orderBy: [{ user: { name: "asc" } }],
  });
  return rows.map((row) => row.user);
}
