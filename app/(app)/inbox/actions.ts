"use server";

import { z } from "zod";
import { authedAction } from "@/lib/auth/authed-action";
import { markNotificationsRead } from "@/lib/server/notifications/mark-notifications-read";

export const markReadAction = authedAction(
  z.object({ kind: z.enum(["MENTION", "ASSIGNED", "WITHDRAWN"]) }),
  markNotificationsRead,
);
