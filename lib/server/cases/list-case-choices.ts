import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/** Cases offered in a filter (the dashboard's): the team's newest first. */
export const CASE_CHOICE_LIMIT = 200;

export async function listCaseChoices(member: Member): Promise<{ id: string; title: string }[]> {
  assertCan(member, "team.read");
  return db.case.findMany({
    where: { teamId: member.teamId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: CASE_CHOICE_LIMIT,
    select: { id: true, title: true },
  });
}
