import "server-only";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";

/**
 * The member a user acts as now, or null when the user is gone or no membership is active.
 * Whether the session itself may still act is checked before (checkSession); `sessionId` is
 * carried along so use cases can spare the acting session when they end the others.
 * `preferredTeamId` comes from the team switcher cookie; it only picks among the user's own
 * active memberships, so it can never reach another team.
 */
export async function loadMember(session: {
  userId: string;
  sessionId?: string;
  preferredTeamId?: string | null;
}): Promise<Member | null> {
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      name: true,
      email: true,
      memberships: {
        where: { disabledAt: null },
        select: { role: true, team: { select: { id: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user) return null;

  const teams = user.memberships.map((m) => ({ teamId: m.team.id, teamName: m.team.name, role: m.role }));
  const current = teams.find((t) => t.teamId === session.preferredTeamId) ?? teams[0];
  if (!current) return null;

  const member: Member = { userId: user.id, name: user.name, email: user.email, ...current, teams };
  if (session.sessionId) member.sessionId = session.sessionId;
  return member;
}
