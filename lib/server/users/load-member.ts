import "server-only";
import type { Member } from "@/lib/auth/member";
import { db } from "@/lib/db";

/**
 * Resolves a session to the member acting now. Returns null when the user is gone, the
 * session was revoked (password reset bumps sessionVersion) or no membership is active.
 * `preferredTeamId` comes from the team switcher cookie; it only picks among the user's own
 * active memberships, so it can never reach another team.
 */
export async function loadMember(session: {
  userId: string;
  sessionVersion: number;
  preferredTeamId?: string | null;
}): Promise<Member | null> {
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      id: true,
      name: true,
      email: true,
      sessionVersion: true,
      memberships: {
        where: { disabledAt: null },
        select: { role: true, team: { select: { id: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  if (!user || user.sessionVersion !== session.sessionVersion) return null;

  const teams = user.memberships.map((m) => ({ teamId: m.team.id, teamName: m.team.name, role: m.role }));
  const current = teams.find((t) => t.teamId === session.preferredTeamId) ?? teams[0];
  if (!current) return null;

  return { userId: user.id, name: user.name, email: user.email, ...current, teams };
}
