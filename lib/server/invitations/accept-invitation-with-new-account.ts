import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TAcceptInvitationWithNewAccountInput } from "@/lib/schemas/invitations";
import { hashPassword } from "@/lib/server/auth/password";
import { joinTeamByInvitation, type JoinedTeamDto } from "./join-team-by-invitation";
import { loadOpenInvitation } from "./load-open-invitation";

/**
 * No session: the invitation's token is the authority. Creates an account for the invited email
 * with the invitee's own name and password, and joins the team. An email that has an account
 * already is told to sign in to accept: only the link's holder learns that, never the admin.
 */
export async function acceptInvitationWithNewAccount(
  input: TAcceptInvitationWithNewAccountInput,
): Promise<JoinedTeamDto & { email: string }> {
  // The token first: only the holder of an open invitation gets as far as the costly hash.
  await loadOpenInvitation(db, input.token);
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.$transaction(async (tx) => {
      const invitation = await loadOpenInvitation(tx, input.token);
      if (await tx.user.findUnique({ where: { email: invitation.email }, select: { id: true } })) {
        throw new AppError("CONFLICT", "Account exists", { reason: "accountExists" });
      }
      const user = await tx.user.create({
        data: { email: invitation.email, name: input.name, passwordHash },
        select: { id: true },
      });
      return { ...(await joinTeamByInvitation(tx, invitation, user.id)), email: invitation.email };
    });
  } catch (error) {
    // The same email signed up at the same moment through another invitation.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "Account exists", { reason: "accountExists" });
    }
    throw error;
  }
}
