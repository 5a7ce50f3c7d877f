import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { teamMemberSelect, toTeamMemberDto, type TeamMemberDto } from "./member-dto";

export async function listTeamMembers(member: Member): Promise<TeamMemberDto[]> {
  assertCan(member, "member.manage");
  const rows = await db.membership.findMany({
    where: { teamId: member.teamId },
    select: teamMemberSelect,
    orderBy: [{ user: { name: "asc" } }],
  });
  return rows.map(toTeamMemberDto);
}
