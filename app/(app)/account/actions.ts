"use server";

import { headers } from "next/headers";
import { authedAction } from "@/lib/auth/authed-action";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { renewSession } from "@/lib/auth/renew-session";
import { ZChangePasswordInput } from "@/lib/schemas/auth";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";

export const changePasswordAction = authedAction(ZChangePasswordInput, async (member, input) => {
  await changeOwnPassword(member, input, clientAddressFrom(await headers()));
  // The bump ended every session of this user, this one too; sign this one in again.
  return { stillSignedIn: await renewSession(member.email, input.newPassword) };
});
