"use server";

import { headers } from "next/headers";
import { authedAction } from "@/lib/auth/authed-action";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { ZChangePasswordInput } from "@/lib/schemas/auth";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";

export const changePasswordAction = authedAction(ZChangePasswordInput, async (member, input) => {
  // The bump ends every session of this user, this one included: the page then says to sign in
  // again. (Signing this browser in again inside the action raced with Next's re-render of the
  // page under the old session, which sometimes bounced the user away without a word.)
  await changeOwnPassword(member, input, clientAddressFrom(await headers()));
  return { changed: true };
});
