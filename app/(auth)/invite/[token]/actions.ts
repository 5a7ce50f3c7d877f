"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/auth/action-result";
import { signIn, signOut } from "@/lib/auth/auth";
import { authedAction, publicAction } from "@/lib/auth/authed-action";
import { rememberTeamChoice } from "@/lib/auth/team-choice";
import {
  ZAcceptInvitationInput,
  ZAcceptInvitationWithNewAccountInput,
  ZInvitationToken,
  type TAcceptInvitationWithNewAccountInput,
} from "@/lib/schemas/invitations";
import { acceptInvitation } from "@/lib/server/invitations/accept-invitation";
import { acceptInvitationWithNewAccount } from "@/lib/server/invitations/accept-invitation-with-new-account";

const accept = authedAction(ZAcceptInvitationInput, acceptInvitation);
const acceptWithNewAccount = publicAction(ZAcceptInvitationWithNewAccountInput, acceptInvitationWithNewAccount);

/** The signed-in invitee joins, and lands in the team they joined. */
export async function acceptInvitationAction(input: { token: string }): Promise<ActionResult<never>> {
  const result = await accept(input);
  if (!result.ok) return result;
  await rememberTeamChoice(result.data.teamId);
  redirect("/");
}

/**
 * A new account for the invited email, then signed in and in the team. Should signing in be
 * refused (the sign-in limits), the account exists all the same: the page says to sign in.
 */
export async function acceptWithNewAccountAction(
  input: TAcceptInvitationWithNewAccountInput,
): Promise<ActionResult<{ signedIn: false }>> {
  const result = await acceptWithNewAccount(input);
  if (!result.ok) return result;
  await rememberTeamChoice(result.data.teamId);
  try {
    await signIn("credentials", { email: result.data.email, password: input.password, redirectTo: "/" });
  } catch (error) {
    if (error instanceof AuthError) return { ok: true, data: { signedIn: false } };
    throw error; // Next's redirect after a successful sign-in travels as an exception.
  }
  return { ok: true, data: { signedIn: false } };
}

/** Signed in as someone else: sign out, and come back to the invitation. */
export async function signOutForInvitationAction(token: string): Promise<void> {
  const parsed = ZInvitationToken.safeParse(token);
  await signOut({ redirectTo: parsed.success ? `/invite/${parsed.data}` : "/login" });
}
