import { z } from "zod";
import { NOTIFICATION_KINDS } from "@/lib/domain/notifications/notice-recipients";

export const ZNotificationKind = z.enum(NOTIFICATION_KINDS);

/** Which kinds of notification a person does not want: each kind once, nothing else. */
export const ZNotificationPreferencesInput = z.object({
  muted: z
    .array(ZNotificationKind)
    .max(NOTIFICATION_KINDS.length)
    .refine((kinds) => new Set(kinds).size === kinds.length, { error: "duplicate" }),
});
export type TNotificationPreferencesInput = z.infer<typeof ZNotificationPreferencesInput>;
