import { z } from "zod";

export const TEAM_NAME_MAX_LENGTH = 120;

/** A team's name signs its reports, so it is trimmed and never empty. */
export const ZTeamName = z
  .string()
  .trim()
  .min(1, { error: "required" })
  .max(TEAM_NAME_MAX_LENGTH, { error: "tooLong" });

export const ZRenameTeamInput = z.object({ name: ZTeamName });
export type TRenameTeamInput = z.infer<typeof ZRenameTeamInput>;

/** A person's display name, as on the form where an invitee chooses theirs. */
export const ZPersonName = z.string().trim().min(1, { error: "required" }).max(120, { error: "tooLong" });

/** Rotating the signing key takes nothing but the acting admin's team. */
export const ZRotateSigningKeyInput = z.object({});
