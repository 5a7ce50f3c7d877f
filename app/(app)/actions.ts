"use server";

import { cookies } from "next/headers";
import { signOut } from "@/lib/auth/auth";
import { authedAction } from "@/lib/auth/authed-action";
import { TEAM_COOKIE } from "@/lib/auth/session";
import { appEnv } from "@/lib/config/env";
import { AppError } from "@/lib/errors";
import { ZSwitchTeamInput } from "@/lib/schemas/auth";

const switchTeamAction = authedAction(ZSwitchTeamInput, async (member, { teamId }) => {
  // Only the member's own active teams can be chosen; the cookie is re-checked on every request.
  if (!member.teams.some((team) => team.teamId === teamId)) throw new AppError("NOT_FOUND");
  (await cookies()).set(TEAM_COOKIE, teamId, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: appEnv().APP_URL.startsWith("https:"),
  });
  return { teamId };
});

export async function switchTeam(teamId: string) {
  return switchTeamAction({ teamId });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login" });
}
