import { z } from "zod";
import { ZRole } from "./auth";

export const API_TOKEN_NAME_MAX_LENGTH = 80;

export const ZApiTokenName = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .max(API_TOKEN_NAME_MAX_LENGTH, { error: "tooLong" });

/**
 * A new token: a name to recognise it by, the most it may do (never above the creator's role,
 * checked by the use case) and optionally the last day (UTC) it works, at most a year ahead.
 */
export const ZCreateApiTokenInput = z.object({
  name: ZApiTokenName,
  role: ZRole,
  expiresOn: z.iso.date({ error: "apiTokenExpiry" }).nullish(),
});
export type TCreateApiTokenInput = z.infer<typeof ZCreateApiTokenInput>;

export const ZRevokeApiTokenInput = z.object({ tokenId: z.uuid() });
export type TRevokeApiTokenInput = z.infer<typeof ZRevokeApiTokenInput>;
