"use server";

import { headers } from "next/headers";
import { authedAction } from "@/lib/auth/authed-action";
import { clientAddressFrom } from "@/lib/auth/client-address";
import { appEnv } from "@/lib/config/env";
import { ZChangePasswordInput } from "@/lib/schemas/auth";
import { ZNotificationPreferencesInput } from "@/lib/schemas/notifications";
import { changeOwnPassword } from "@/lib/server/users/change-own-password";
import { updateNotificationPreferences } from "@/lib/server/users/update-notification-preferences";

export const changePasswordAction = authedAction(ZChangePasswordInput, async (member, input) => {
  // Every other session of this user ends; this one stays, so the cookie need not change (signing
  // this browser in again inside the action raced with Next's re-render under the old session).
  await changeOwnPassword(member, input, clientAddressFrom(await headers(), appEnv().TRUSTED_PROXIES));
  return { changed: true };
});

export const saveNotificationPreferencesAction = authedAction(
  ZNotificationPreferencesInput,
  updateNotificationPreferences,
);
