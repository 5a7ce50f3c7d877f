import { z } from "zod";
import { ZEmail, ZNewPassword, ZRole } from "./auth";
import { ZPersonName } from "./teams";

export const ZCreateInvitationInput = z.object({ email: ZEmail, role: ZRole });
export type TCreateInvitationInput = z.infer<typeof ZCreateInvitationInput>;

export const ZRevokeInvitationInput = z.object({ invitationId: z.uuid() });

/** An invitation link's secret: 32 random bytes, base64url (43 characters). */
export const ZInvitationToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: "invitationUnknown" });

export const ZAcceptInvitationInput = z.object({ token: ZInvitationToken });

export const ZAcceptInvitationWithNewAccountInput = z
  .object({
    token: ZInvitationToken,
    name: ZPersonName,
    password: ZNewPassword,
    confirmPassword: z.string().max(200),
  })
  .refine((input) => input.password === input.confirmPassword, {
    path: ["confirmPassword"],
    error: "passwordsDiffer",
  });
export type TAcceptInvitationWithNewAccountInput = z.infer<typeof ZAcceptInvitationWithNewAccountInput>;
