import "server-only";
import type { Member } from "@/lib/auth/member";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { joinTeamByInvitation, type JoinedTeamDto } from "./join-team-by-invitation";
import { loadOpenInvitation } from "./load-open-invitation";

/**
 * The signed-in person accepts an invitation addressed to their own email: their consent is
 * this call. An invitation for another email is refused, so a link that reached the wrong
 * person cannot attach their account.
 */
export async function acceptInvitation(member: Member, input: { token: string }): Promise<JoinedTeamDto> {
  // Any signed-in member may accept for themselves; the invitation's email is the real check.
  assertCan(member, "team.read");
  return db.$transaction(async (tx) => {
    const invitation = await loadOpenInvitation(tx, input.token);
    if (invitation.email !== member.email.toLowerCase()) {
      throw new AppError("FORBIDDEN", "Invitation for another email", { reason: "invitationOtherEmail" });
    }
    return joinTeamByInvitation(tx, invitation, member.userId);
  });
}
