"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { INBOX_LISTS, INBOX_LIST_NAMES } from "@/lib/server/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";

/** Marks one inbox list read (all of its kinds). */
export const markReadAction = authedAction(
  z.object({ list: z.enum(INBOX_LIST_NAMES as [keyof typeof INBOX_LISTS, ...(keyof typeof INBOX_LISTS)[]]) }),
  (member, input) => markNotificationsRead(member, { kinds: INBOX_LISTS[input.list] }),
);
