import { z } from "zod";
import { CLAIM_STATUSES, ZClaimType } from "./claims";

const blankToNull = <T extends z.ZodType>(schema: T) =>
  z
    .union([schema, z.literal(""), z.null()])
    .optional()
    .transform((value) => (value === "" || value === undefined ? null : value) as z.output<T> | null);

/** A case named in a URL; anything else is a case that does not exist. */
export const ZCaseId = z.uuid();

/** The case timeline's query string: who made the claims, of which type, at which stage. */
export const ZCaseTimelineFilter = z.object({
  claimantId: blankToNull(z.uuid()),
  type: blankToNull(ZClaimType),
  status: blankToNull(z.enum(CLAIM_STATUSES)),
});
export type TCaseTimelineFilter = z.infer<typeof ZCaseTimelineFilter>;

/** The dashboard's query string: a case of the team, or the team as a whole. */
export const ZDashboardFilter = z.object({ caseId: blankToNull(z.uuid()) });
