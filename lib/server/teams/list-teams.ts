import "server-only";
import { db } from "@/lib/db";

export interface OperatorTeamSummary {
  teamId: string;
  name: string;
  activeMembers: number;
  /** Emails of the team's active admins. */
  admins: string[];
}

/**
 * Operator use case (`npm run admin -- list-teams`): every team on this server, which no
 * member may see, so it takes no member and is reachable only from the server's shell.
 */
export async function listTeamsAsOperator(): Promise<OperatorTeamSummary[]> {
  const teams = await db.team.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      memberships: {
        where: { disabledAt: null },
        select: { role: true, user: { select: { email: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  return teams.map((team) => ({
    teamId: team.id,
    name: team.name,
    activeMembers: team.memberships.length,
    admins: team.memberships.filter((m) => m.role === "ADMIN").map((m) => m.user.email),
  }));
}
