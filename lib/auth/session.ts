import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loadMember } from "@/lib/server/users/load-member";
import { auth } from "./auth";
import type { Member } from "./member";

export const TEAM_COOKIE = "claimdesk-team";

/**
 * The member acting in this request, re-checked against the database every time (JWT
 * sessions alone would keep a disabled user in until the token expires). Cached per request.
 */
export const getCurrentMember = cache(async (): Promise<Member | null> => {
  const session = await auth();
  if (!session?.userId) return null;
  const preferredTeamId = (await cookies()).get(TEAM_COOKIE)?.value ?? null;
  return loadMember({ userId: session.userId, sessionVersion: session.sessionVersion, preferredTeamId });
});

/** For pages: the member, or a redirect to the login page. */
export async function requireMember(): Promise<Member> {
  const member = await getCurrentMember();
  if (!member) redirect("/login");
  return member;
}
