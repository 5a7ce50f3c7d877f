import { z } from "zod";
import { CLAIM_STATUSES, ZClaimType } from "./claims";

const blankToNull = <T extends z.ZodType>(schema: T) =>
  z
    .union([schema, z.literal(""), z.null()])
    .optional()
    .transform((value) => (value === "" || value === undefined ? null : value) as z.output<T> | null);

/** The search page's query string: words, filters and the keyset cursor. */
export const ZSearchInput = z.object({
  q: z.string().trim().max(500).optional().default(""),
  type: blankToNull(ZClaimType),
  status: blankToNull(z.enum(CLAIM_STATUSES)),
  verdict: blankToNull(z.string().regex(/^[A-Z0-9_]{1,60}$/)),
  claimantId: blankToNull(z.uuid()),
  articleId: blankToNull(z.uuid()),
  /** One of the team's tags (another team's id simply matches nothing). */
  tagId: blankToNull(z.uuid()),
  from: blankToNull(z.iso.date()),
  to: blankToNull(z.iso.date()),
  cursor: blankToNull(z.string().max(300)),
});
export type TSearchInput = z.infer<typeof ZSearchInput>;
