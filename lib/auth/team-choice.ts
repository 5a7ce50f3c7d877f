import "server-only";
import { cookies } from "next/headers";
import { appEnv } from "@/lib/config/env";
import { TEAM_COOKIE } from "./session";

/**
 * Remembers the team the person acts in (the team switcher, or a team just joined). Only a
 * preference: the member loader picks it only among the user's own active memberships.
 */
export async function rememberTeamChoice(teamId: string): Promise<void> {
  (await cookies()).set(TEAM_COOKIE, teamId, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: appEnv().APP_URL.startsWith("https:"),
  });
}
