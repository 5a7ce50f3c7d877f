import { z } from "zod";
import { ROLES } from "@/lib/auth/permissions";

export const PASSWORD_MIN_LENGTH = 8;

export const ZEmail = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "email" }))
  .pipe(z.string().max(254));

export const ZNewPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { error: "passwordTooShort" })
  .max(200, { error: "passwordTooLong" });

export const ZCredentials = z.object({
  email: ZEmail,
  password: z.string().min(1).max(200),
});
export type TCredentials = z.infer<typeof ZCredentials>;

export const ZRole = z.enum(ROLES);

export const ZSetMemberRoleInput = z.object({
  membershipId: z.uuid(),
  role: ZRole,
  version: z.number().int().positive(),
});

export const ZSetMemberDisabledInput = z.object({
  membershipId: z.uuid(),
  disabled: z.boolean(),
  version: z.number().int().positive(),
});

export const ZResetPasswordInput = z.object({
  membershipId: z.uuid(),
  password: ZNewPassword,
});

export const ZSwitchTeamInput = z.object({ teamId: z.uuid() });

export const ZChangePasswordInput = z
  .object({
    currentPassword: z.string().min(1, { error: "required" }).max(200, { error: "passwordTooLong" }),
    newPassword: ZNewPassword,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    error: "passwordsDiffer",
  })
  .refine((input) => input.newPassword !== input.currentPassword, { path: ["newPassword"], error: "samePassword" });
export type TChangePasswordInput = z.infer<typeof ZChangePasswordInput>;
