import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { loadMember } from "@/lib/server/users/load-member";
import { checkSessionOnce } from "./active-session";
import { RETURN_PATH_HEADER, signInPathFor } from "./return-path";
import { auth } from "./auth";
import type { Member } from "./member";

export const TEAM_COOKIE = "claimdesk-team";

/**
 * The member acting in this request, re-checked against the database every time: the session
 * row (signed out, idle, past its end, ended by someone) and the memberships (disabled, role).
 * A JWT alone would keep anyone in until it expires. Cached per request.
 */
export const getCurrentMember = cache(async (): Promise<Member | null> => {
  const session = await auth();
  if (!session?.sessionId) return null;
  // Authoritative: a database error is thrown here, where the jwt callback let it pass.
  const active = await checkSessionOnce(session.sessionId);
  if (!active) return null;
  const preferredTeamId = (await cookies()).get(TEAM_COOKIE)?.value ?? null;
  return loadMember({ userId: active.userId, sessionId: session.sessionId, preferredTeamId });
});

/** For pages: the member, or a redirect to the login page (back here afterwards for the pages return-path.ts names). */
export async function requireMember(): Promise<Member> {
  const member = await getCurrentMember();
  if (!member) redirect(signInPathFor((await headers()).get(RETURN_PATH_HEADER)));
  return member;
}
