import "server-only";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TCreateApiTokenInput } from "@/lib/schemas/api-tokens";
import { loadMember } from "@/lib/server/users/load-member";
import { createApiToken, type CreatedApiTokenDto } from "./create-api-token";

/**
 * `npm run admin -- create-token`: the operator makes a token on behalf of a team's admin, who is
 * its creator. It goes through createApiToken as that member, so the permission table and the
 * role ceiling hold as on the Team page.
 */
export async function createApiTokenAsOperator(
  input: TCreateApiTokenInput & { teamSlug: string; email: string },
): Promise<CreatedApiTokenDto & { teamName: string }> {
  const { teamSlug, email, ...token } = input;
  const team = await db.team.findUnique({ where: { slug: teamSlug }, select: { id: true } });
  if (!team) throw new AppError("NOT_FOUND", `No team has the slug "${teamSlug}"`);
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  const member = user ? await loadMember({ userId: user.id, preferredTeamId: team.id }) : null;
  // loadMember falls back to another team of the user's: only this team will do.
  if (!member || member.teamId !== team.id) {
    throw new AppError("NOT_FOUND", `${email} is not an active member of the team "${teamSlug}"`);
  }
  if (!can(member, "apiToken.manage")) {
    throw new AppError("FORBIDDEN", `${email} may not manage API tokens of the team "${teamSlug}"`);
  }
  return { ...(await createApiToken(member, token)), teamName: member.teamName };
}
