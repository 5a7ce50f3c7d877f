import type { Member } from "@/lib/auth/member";
import type { Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { acceptInvitationWithNewAccount } from "@/lib/server/invitations/accept-invitation-with-new-account";
import { createInvitation } from "@/lib/server/invitations/create-invitation";
import { TEST_PASSWORD } from "./support";

/** The token at the end of an invitation link. */
export function tokenOf(link: string): string {
  return link.slice(link.lastIndexOf("/") + 1);
}

/** How someone new joins a team now: the admin invites, the invitee chooses a name and password. */
export async function inviteNewPerson(admin: Member, input: { email: string; role: Role; name?: string }) {
  const { link } = await createInvitation(admin, { email: input.email, role: input.role });
  await acceptInvitationWithNewAccount({
    token: tokenOf(link),
    name: input.name ?? "New Person",
    password: TEST_PASSWORD,
    confirmPassword: TEST_PASSWORD,
  });
  const membership = await db.membership.findFirstOrThrow({
    where: { teamId: admin.teamId, user: { email: input.email } },
    include: { user: true },
  });
  return { membershipId: membership.id, version: membership.version, userId: membership.userId };
}
